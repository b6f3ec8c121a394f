using Lab.Infra.Config;
using Lab.Tests.Support;

namespace Lab.Tests.Config;

// Not parallel: each bad case also runs LabStack under Deployment.TestAsync, which must run serially.
[TestFixture]
public sealed class LabConfigValidatorTests
{
    private const string InCidr = "<ip in 192.168.10.0/24>";
    private const string NotALabel = "is not a DNS label (lowercase letters, digits and '-', at most 63, no '-' at either end)";

    [Test]
    public void Validate_accepts_the_seed_lab()
    {
        Assert.That(LabConfigValidator.Validate(TestConfigs.Read(TestConfigs.Seed())), Is.Empty);
    }

    [TestCase("""{"network":{"gateway":"10.0.5.300"}}""",
        new[] { "homelab:network.gateway '10.0.5.300' is not an IPv4 address; fix: pulumi config set --path 'homelab:network.gateway' <ip>" })] // gateway not an address
    [TestCase("""{"network":{"gateway":"192.168.20.1"}}""",
        new[] { "homelab:network.gateway '192.168.20.1' is outside homelab:network.cidr 192.168.10.0/24; fix: pulumi config set --path 'homelab:network.gateway' " + InCidr })] // gateway off the network
    [TestCase("""{"network":{"cidr":"192.168.10.0/33"}}""",
        new[] { "homelab:network.cidr '192.168.10.0/33' is not an IPv4 CIDR (a.b.c.d/prefix); fix: pulumi config set --path 'homelab:network.cidr' <cidr>" })] // prefix past 32
    [TestCase("""{"network":{"cidr":"192.168.10.7/24"}}""",
        new[] { "homelab:network.cidr '192.168.10.7/24' has host bits set (the network is 192.168.10.0/24); fix: pulumi config set --path 'homelab:network.cidr' 192.168.10.0/24" })] // host bits set
    [TestCase("""{"network":{"cidr":"192.168.10.0/29"}}""",
        new[]
        {
            "homelab:dnsHost.address '192.168.10.53' is outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:dnsHost.address' <ip in 192.168.10.0/29>",
            "homelab:edgeHost.address '192.168.10.80' is outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:edgeHost.address' <ip in 192.168.10.0/29>",
            "homelab:network.cidr '192.168.10.0/29' has 6 host addresses, but the lab needs 10 (7 VMs, 2 Raspberry Pis, the gateway); fix: pulumi config set --path 'homelab:network.cidr' <cidr with a shorter prefix>",
            "homelab:servers.firstIp '192.168.10.120' puts vb0 at 192.168.10.120, outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:servers.firstIp' <ip in 192.168.10.0/29>",
            "homelab:servers.firstIp '192.168.10.120' puts vb1 at 192.168.10.121, outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:servers.firstIp' <ip in 192.168.10.0/29>",
            "homelab:servers.firstIp '192.168.10.120' puts vb2 at 192.168.10.122, outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:servers.firstIp' <ip in 192.168.10.0/29>",
            "homelab:clients.firstIp '192.168.10.130' puts vs0 at 192.168.10.130, outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:clients.firstIp' <ip in 192.168.10.0/29>",
            "homelab:clients.firstIp '192.168.10.130' puts vs1 at 192.168.10.131, outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:clients.firstIp' <ip in 192.168.10.0/29>",
            "homelab:clients.firstIp '192.168.10.130' puts vs2 at 192.168.10.132, outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:clients.firstIp' <ip in 192.168.10.0/29>",
            "homelab:support.firstIp '192.168.10.10' puts head at 192.168.10.10, outside homelab:network.cidr 192.168.10.0/29; fix: pulumi config set --path 'homelab:support.firstIp' <ip in 192.168.10.0/29>",
        })] // a prefix too small for the plan, and everything outside it
    [TestCase("""{"servers":{"firstIp":"192.168.11.120"}}""",
        new[]
        {
            "homelab:servers.firstIp '192.168.11.120' puts vb0 at 192.168.11.120, outside homelab:network.cidr 192.168.10.0/24; fix: pulumi config set --path 'homelab:servers.firstIp' " + InCidr,
            "homelab:servers.firstIp '192.168.11.120' puts vb1 at 192.168.11.121, outside homelab:network.cidr 192.168.10.0/24; fix: pulumi config set --path 'homelab:servers.firstIp' " + InCidr,
            "homelab:servers.firstIp '192.168.11.120' puts vb2 at 192.168.11.122, outside homelab:network.cidr 192.168.10.0/24; fix: pulumi config set --path 'homelab:servers.firstIp' " + InCidr,
        })] // servers on another network
    [TestCase("""{"servers":{"firstIp":"192.168.10.0"}}""",
        new[]
        {
            "homelab:servers.firstIp '192.168.10.0' puts vb0 at 192.168.10.0, the network address of 192.168.10.0/24; fix: pulumi config set --path 'homelab:servers.firstIp' " + InCidr,
            "homelab:servers.firstIp '192.168.10.0' puts vb1 at 192.168.10.1, the gateway (homelab:network.gateway); fix: pulumi config set --path 'homelab:servers.firstIp' " + InCidr,
        })] // network address, then the gateway
    [TestCase("""{"clients":{"firstIp":"192.168.10.253"}}""",
        new[] { "homelab:clients.firstIp '192.168.10.253' puts vs2 at 192.168.10.255, the broadcast address of 192.168.10.0/24; fix: pulumi config set --path 'homelab:clients.firstIp' " + InCidr })] // broadcast
    [TestCase("""{"clients":{"firstIp":"192.168.10.52"}}""",
        new[] { "homelab:clients.firstIp '192.168.10.52' puts vs1 at 192.168.10.53, the DNS host's address (homelab:dnsHost.address); fix: pulumi config set --path 'homelab:clients.firstIp' " + InCidr })] // a VM on the DNS Pi
    [TestCase("""{"network":{"dnsServers":["192.168.10.53","192.168.10.121"]}}""",
        new[] { "homelab:servers.firstIp '192.168.10.120' puts vb1 at 192.168.10.121, a DNS server (homelab:network.dnsServers[1]); fix: pulumi config set --path 'homelab:servers.firstIp' " + InCidr })] // a VM on a DNS server
    [TestCase("""{"clients":{"firstIp":"192.168.10.121"}}""",
        new[]
        {
            "homelab:clients.firstIp '192.168.10.121' puts vs0 at 192.168.10.121, already vb1's address (homelab:servers.firstIp); fix: pulumi config set --path 'homelab:clients.firstIp' " + InCidr,
            "homelab:clients.firstIp '192.168.10.121' puts vs1 at 192.168.10.122, already vb2's address (homelab:servers.firstIp); fix: pulumi config set --path 'homelab:clients.firstIp' " + InCidr,
        })] // clients overlapping servers
    [TestCase("""{"support":{"firstIp":"192.168.10.100"}}""",
        new[] { "homelab:support.firstIp '192.168.10.100' puts head at 192.168.10.100, the Proxmox API host (homelab:proxmox.endpoint); fix: pulumi config set --path 'homelab:support.firstIp' " + InCidr })] // a VM on the Proxmox host
    [TestCase("""{"edgeHost":{"address":"192.168.20.80"}}""",
        new[] { "homelab:edgeHost.address '192.168.20.80' is outside homelab:network.cidr 192.168.10.0/24; fix: pulumi config set --path 'homelab:edgeHost.address' " + InCidr })] // edge Pi off the network
    [TestCase("""{"edgeHost":{"address":"192.168.10.53"}}""",
        new[] { "homelab:edgeHost.address '192.168.10.53' is also homelab:dnsHost.address, but the names differ ('rpi1', 'rpi0'); fix: give the edge host its own address, or the same name: pulumi config set --path 'homelab:edgeHost.name' rpi0" })] // two names for one Pi
    [TestCase("""{"dnsHost":{"address":"192.168.10.1"},"network":{"dnsServers":["192.168.10.1"],"upstreamResolvers":["1.1.1.1"]}}""",
        new[] { "homelab:dnsHost.address '192.168.10.1' is the gateway (homelab:network.gateway); fix: pulumi config set --path 'homelab:dnsHost.address' <ip>" })] // DNS Pi on the gateway
    [TestCase("""{"clients":{"firstVmId":121}}""",
        new[]
        {
            "homelab:clients.firstVmId '121' gives vs0 VM id 121, already vb1's (homelab:servers.firstVmId); fix: pulumi config set --path 'homelab:clients.firstVmId' <vm id>",
            "homelab:clients.firstVmId '121' gives vs1 VM id 122, already vb2's (homelab:servers.firstVmId); fix: pulumi config set --path 'homelab:clients.firstVmId' <vm id>",
        })] // VM ids overlapping
    [TestCase("""{"servers":{"firstVmId":98}}""",
        new[]
        {
            "homelab:servers.firstVmId '98' gives vb0 VM id 98, outside Proxmox's range 100..999999999; fix: pulumi config set --path 'homelab:servers.firstVmId' <vm id>",
            "homelab:servers.firstVmId '98' gives vb1 VM id 99, outside Proxmox's range 100..999999999; fix: pulumi config set --path 'homelab:servers.firstVmId' <vm id>",
        })] // VM ids below the range
    [TestCase("""{"servers":{"firstVmId":999999998}}""",
        new[] { "homelab:servers.firstVmId '999999998' gives vb2 VM id 1000000000, outside Proxmox's range 100..999999999; fix: pulumi config set --path 'homelab:servers.firstVmId' <vm id>" })] // VM ids past the range
    [TestCase("""{"support":{"firstVmId":2204}}""",
        new[] { "homelab:support.firstVmId '2204' gives head VM id 2204, the template's (homelab:proxmox.templateVmId); fix: pulumi config set --path 'homelab:support.firstVmId' <vm id>" })] // a VM on the template's id
    [TestCase("""{"servers":{"count":4}}""",
        new[] { "homelab:servers.count '4' is even: Raft tolerates no more failed servers with 4 than with 3; fix: pulumi config set --path 'homelab:servers.count' 3" })] // even server count
    [TestCase("""{"servers":{"count":2}}""",
        new[] { "homelab:servers.count '2' is even: Raft tolerates no more failed servers with 2 than with 1; fix: pulumi config set --path 'homelab:servers.count' 3" })] // even and too few
    [TestCase("""{"servers":{"count":2},"development":"true"}""",
        new[] { "homelab:servers.count '2' is even: Raft tolerates no more failed servers with 2 than with 1; fix: pulumi config set --path 'homelab:servers.count' 1" })] // even in development
    [TestCase("""{"servers":{"count":0}}""",
        new[] { "homelab:servers.count '0' is out of range 1..7 (the cluster needs a server); fix: pulumi config set --path 'homelab:servers.count' 3" })] // no server
    [TestCase("""{"servers":{"count":1}}""",
        new[] { "homelab:servers.count '1' is out of range 3..7 for a stack not marked homelab:development: losing a server would stop the cluster; fix: pulumi config set --path 'homelab:servers.count' 3, or pulumi config set 'homelab:development' true" })] // one server outside development
    [TestCase("""{"clients":{"count":0}}""",
        new[] { "homelab:clients.count '0' leaves no node to run homelab:jobs in topology standard; fix: pulumi config set --path 'homelab:clients.count' 1, or pulumi config set 'homelab:topology' compact" })] // jobs but no clients
    [TestCase("""{"support":{"count":2}}""",
        new[] { "homelab:support.count '2' is out of range 0..1 (the lab has one support VM or none); fix: pulumi config set --path 'homelab:support.count' 1" })] // two support VMs
    [TestCase("""{"topology":"compact","clients":{"count":3}}""",
        new[] { "homelab:clients.count '3' is not 0, but topology compact has only server nodes, which run the jobs; fix: pulumi config set --path 'homelab:clients.count' 0" })] // clients in compact
    [TestCase("""{"servers":{"cores":0,"memoryMiB":512,"diskGiB":5}}""",
        new[]
        {
            "homelab:servers.cores '0' is out of range 1..128 (1 is the minimum for a server); fix: pulumi config set --path 'homelab:servers.cores' 1",
            "homelab:servers.memoryMiB '512' is out of range 1024..524288 (1024 is the minimum for a server); fix: pulumi config set --path 'homelab:servers.memoryMiB' 1024",
            "homelab:servers.diskGiB '5' is out of range 10..16384 (10 is the minimum for a server); fix: pulumi config set --path 'homelab:servers.diskGiB' 10",
        })] // server too small
    [TestCase("""{"clients":{"memoryMiB":1024,"diskGiB":10}}""",
        new[]
        {
            "homelab:clients.memoryMiB '1024' is out of range 2048..524288 (2048 is the minimum for a client); fix: pulumi config set --path 'homelab:clients.memoryMiB' 2048",
            "homelab:clients.diskGiB '10' is out of range 20..16384 (20 is the minimum for a client); fix: pulumi config set --path 'homelab:clients.diskGiB' 20",
        })] // client too small
    [TestCase("""{"topology":"compact","servers":{"memoryMiB":2048}}""",
        new[] { "homelab:servers.memoryMiB '2048' is out of range 3072..524288 (3072 is the minimum for a compact node (server and client)); fix: pulumi config set --path 'homelab:servers.memoryMiB' 3072" })] // compact node needs both budgets
    [TestCase("""{"servers":{"name":"VB"}}""",
        new[] { "homelab:servers.name 'VB' gives the node name 'VB0', which " + NotALabel + "; fix: pulumi config set --path 'homelab:servers.name' <name>" })] // upper-case host name
    [TestCase("""{"clients":{"name":"vb"}}""",
        new[]
        {
            "homelab:clients.name 'vb' gives vb0, a name homelab:servers.name already gives; fix: pulumi config set --path 'homelab:clients.name' <name>",
            "homelab:clients.name 'vb' gives vb1, a name homelab:servers.name already gives; fix: pulumi config set --path 'homelab:clients.name' <name>",
            "homelab:clients.name 'vb' gives vb2, a name homelab:servers.name already gives; fix: pulumi config set --path 'homelab:clients.name' <name>",
        })] // clients named like servers
    [TestCase("""{"dnsHost":{"name":"head"}}""",
        new[] { "homelab:dnsHost.name 'head' is a name homelab:support.name already gives; fix: pulumi config set --path 'homelab:dnsHost.name' <name>" })] // Pi named like a VM
    [TestCase("""{"dnsHost":{"name":"rpi_0","sshUser":"Pi User"}}""",
        new[]
        {
            "homelab:dnsHost.name 'rpi_0' " + NotALabel + "; fix: pulumi config set --path 'homelab:dnsHost.name' <name>",
            "homelab:dnsHost.sshUser 'Pi User' is not a Linux user name (a lowercase letter or '_', then up to 31 lowercase letters, digits, '_', '-'); fix: pulumi config set --path 'homelab:dnsHost.sshUser' <user>",
        })] // Pi name and user
    [TestCase("""{"domain":"Lab_Example"}""",
        new[] { "homelab:domain 'Lab_Example' is not a DNS name (lowercase labels of letters, digits and '-', joined by '.'); fix: pulumi config set 'homelab:domain' <domain> (a domain you own, or one under home.arpa, which RFC 8375 sets aside for home networks, e.g. lab.home.arpa)" })] // bad domain
    [TestCase("""{"domain":"lab.consul"}""",
        new[] { "homelab:domain 'lab.consul' is under .consul, which the lab's dnsmasq forwards to Consul; fix: pulumi config set 'homelab:domain' <domain> (a domain you own, or one under home.arpa, which RFC 8375 sets aside for home networks, e.g. lab.home.arpa)" })] // domain shadowed by Consul
    [TestCase("""{"servers":{"pveNodes":["pve1"]}}""",
        new[] { "homelab:servers.pveNodes[0] 'pve1' is not in homelab:proxmox.nodes (pve0); fix: pulumi config set --path 'homelab:servers.pveNodes[0]' <node>" })] // unknown PVE node
    [TestCase("""{"proxmox":{"nodes":["pve0","pve0"],"bridge":"vmbr0 ","vmDatastore":"Local LVM","endpoint":"http://pve0:8006"}}""",
        new[]
        {
            "homelab:proxmox.endpoint 'http://pve0:8006' is not an https:// URL: the Proxmox API is served over HTTPS only; fix: pulumi config set --path 'homelab:proxmox.endpoint' https://<host>:8006",
            "homelab:proxmox.nodes[1] 'pve0' repeats homelab:proxmox.nodes[0]; fix: pulumi config rm --path 'homelab:proxmox.nodes[1]'",
            "homelab:proxmox.vmDatastore 'Local LVM' is not a Proxmox storage id (a lowercase letter, then lowercase letters, digits, '-', '_', '.'); fix: pulumi config set --path 'homelab:proxmox.vmDatastore' <storage>",
            "homelab:proxmox.bridge 'vmbr0 ' is not a Linux interface name (1-15 letters, digits, '_', '-', '.'); fix: pulumi config set --path 'homelab:proxmox.bridge' <bridge>",
        })] // Proxmox settings
    [TestCase("""{"proxmox":{"templateVmId":2204,"cloudImageUrl":"https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img"}}""",
        new[]
        {
            "homelab:proxmox.templateVmId '2204' and homelab:proxmox.cloudImageUrl 'https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img' are both set: the VMs clone from one template; fix: pulumi config rm --path 'homelab:proxmox.cloudImageUrl', or pulumi config rm --path 'homelab:proxmox.templateVmId'",
            "homelab:proxmox.cloudImageChecksum is not set: without it Proxmox cannot verify the downloaded image; fix: pulumi config set --path 'homelab:proxmox.cloudImageChecksum' <sha256 hex>",
        })] // two templates, no checksum
    [TestCase("""{"cloudflare":{"publicHostnames":[{"hostname":"echo.lab.example.com"},{"hostname":"echo.elsewhere.org"},{"hostname":"echo.lab.example.com"},{"hostname":"fabio.lab.example.com"}],"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210"}}""",
        new[]
        {
            "homelab:cloudflare.publicHostnames[1].hostname 'echo.elsewhere.org' is not in the Cloudflare zone lab.example.com (homelab:cloudflare.zoneName, not set, so homelab:domain); fix: pulumi config set --path 'homelab:cloudflare.publicHostnames[1].hostname' <name>.lab.example.com, or pulumi config set --path 'homelab:cloudflare.zoneName' <zone>",
            "homelab:cloudflare.publicHostnames[2].hostname 'echo.lab.example.com' repeats homelab:cloudflare.publicHostnames[0].hostname; fix: pulumi config rm --path 'homelab:cloudflare.publicHostnames[2]'",
            "homelab:cloudflare.accessEmails is empty, but the tunnel serves the admin hostnames fabio.lab.example.com, which Cloudflare Access would then open to no one; fix: pulumi config set --path 'homelab:cloudflare.accessEmails[0]' <email>",
        })] // a hostname outside the zone, a duplicate, an admin UI no one may pass Access to
    [TestCase("""{"cloudflare":{"zoneName":"lab","adminHostnames":["*.lab.example.com","nomad.lab.example.com","nomad.lab.example.com"],"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210"}}""",
        new[]
        {
            "homelab:cloudflare.zoneName 'lab' is not a Cloudflare zone name (a registered domain such as example.com); fix: pulumi config set --path 'homelab:cloudflare.zoneName' <zone> (the public zone that holds the tunnel's hostnames)",
            "homelab:cloudflare.adminHostnames[0] '*.lab.example.com' is not a DNS name (without a wildcard: Access protects each admin UI by its name); fix: pulumi config set --path 'homelab:cloudflare.adminHostnames[0]' <hostname>",
            "homelab:cloudflare.adminHostnames[2] 'nomad.lab.example.com' is listed twice; fix: pulumi config rm --path 'homelab:cloudflare.adminHostnames[2]'",
        })] // a zone name of one label, a wildcard admin hostname, a repeated one
    [TestCase("""{"cloudflare":{"adminHostnames":["nomad.other.org"],"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210"}}""",
        new[]
        {
            "homelab:cloudflare.adminHostnames[0] 'nomad.other.org' is not in the Cloudflare zone lab.example.com (homelab:cloudflare.zoneName, not set, so homelab:domain), where its Access application would live; fix: pulumi config set --path 'homelab:cloudflare.adminHostnames[0]' <name>.lab.example.com",
        })] // an admin hostname outside the zone
    [TestCase("""{"cloudflare":{}}""",
        new[]
        {
            "homelab:cloudflare.accountId is not set, but homelab:features.tunnel is true; fix: pulumi config set --path 'homelab:cloudflare.accountId' <account id>, or pulumi config set --path 'homelab:features.tunnel' false",
            "homelab:cloudflare.zoneId is not set, but homelab:features.tunnel is true; fix: pulumi config set --path 'homelab:cloudflare.zoneId' <zone id>, or pulumi config set --path 'homelab:features.tunnel' false",
        })] // tunnel without account and zone
    [TestCase("""{"cloudflare":{"accountId":"ABC","zoneId":"fedcba9876543210fedcba9876543210","accessEmails":["admin"]}}""",
        new[]
        {
            "homelab:cloudflare.accountId 'ABC' is not a Cloudflare id (32 lowercase hex digits); fix: pulumi config set --path 'homelab:cloudflare.accountId' <account id>",
            "homelab:cloudflare.accessEmails[0] 'admin' is not an e-mail address; fix: pulumi config set --path 'homelab:cloudflare.accessEmails[0]' <email>",
        })] // malformed account id and e-mail
    [TestCase("""{"features":{"tunnel":false},"cloudflare":{"publicHostnames":[{"hostname":"echo.lab.example.com"}]}}""",
        new[] { "homelab:cloudflare.publicHostnames has 1 entries, but homelab:features.tunnel is false, so nothing serves them; fix: pulumi config set --path 'homelab:features.tunnel' true, or pulumi config rm --path 'homelab:cloudflare.publicHostnames'" })] // hostnames without a tunnel
    [TestCase("""{"network":{"upstreamResolvers":["1.1.1.1","dns.google","192.168.10.53"]}}""",
        new[]
        {
            "homelab:network.upstreamResolvers[1] 'dns.google' is not an IPv4 address; fix: pulumi config set --path 'homelab:network.upstreamResolvers[1]' <resolver ip>",
            "homelab:network.upstreamResolvers[2] '192.168.10.53' is the DNS host itself (homelab:dnsHost.address): dnsmasq would forward to itself; fix: pulumi config set --path 'homelab:network.upstreamResolvers[2]' <resolver ip>",
        })] // upstream not an address, upstream loop
    [TestCase("""{"network":{"dnsServers":[],"upstreamResolvers":[]}}""",
        new[]
        {
            "homelab:network.dnsServers is empty: the VMs would resolve no names; fix: pulumi config set --path 'homelab:network.dnsServers[0]' 192.168.10.53",
            "homelab:network.upstreamResolvers is empty: dnsmasq runs with no-resolv, so it could answer only the lab's own names; fix: pulumi config set --path 'homelab:network.upstreamResolvers[0]' <resolver ip>",
        })] // no resolvers
    [TestCase("""{"ssh":{"user":"root"}}""",
        new[]
        {
            "homelab:ssh.user 'root' is root, whose login the VMs lock; fix: pulumi config set --path 'homelab:ssh.user' ubuntu",
            "homelab:ssh.publicKeys is empty: the VMs lock root and take no passwords, so no one could log in; fix: pulumi config set --path 'homelab:ssh.publicKeys[0]' \"$(cat ~/.ssh/id_ed25519.pub)\"",
        })] // root and no key
    [TestCase("""{"ssh":{"publicKeys":["ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA me"]}}""",
        new[] { "homelab:ssh.publicKeys[0] 'ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA me' is not an OpenSSH public key (type, base64 key, optional comment); fix: pulumi config set --path 'homelab:ssh.publicKeys[0]' \"$(cat ~/.ssh/id_ed25519.pub)\"" })] // key under the wrong type
    [TestCase("""{"nomad":{"region":"Global","version":"latest"},"consul":{"version":"1.20"}}""",
        new[]
        {
            "homelab:nomad.region 'Global' " + NotALabel + ": it is part of the agents' certificate names; fix: pulumi config set --path 'homelab:nomad.region' <name>",
            "homelab:nomad.version 'latest' is not an exact version x.y.z; fix: pulumi config set --path 'homelab:nomad.version' <x.y.z>, or pulumi config rm --path 'homelab:nomad.version' for the pinned default",
            "homelab:consul.version '1.20' is not an exact version x.y.z; fix: pulumi config set --path 'homelab:consul.version' <x.y.z>, or pulumi config rm --path 'homelab:consul.version' for the pinned default",
        })] // cluster names and floating versions
    [TestCase("""{"jobs":["fabio","Echo","fabio","grafana"]}""",
        new[]
        {
            "homelab:jobs[1] 'Echo' is not a job name (lowercase letters, digits and '-'); fix: pulumi config set --path 'homelab:jobs[1]' <job>",
            "homelab:jobs[2] 'fabio' repeats homelab:jobs[0]; fix: pulumi config rm --path 'homelab:jobs[2]'",
            "homelab:jobs[3] 'grafana' is not one of the lab's jobs (fabio, http-echo); fix: pulumi config set --path 'homelab:jobs[3]' <job>",
        })] // job names
    [TestCase("""{"sshPrivateKey":null,"proxmoxApiToken":"root@pam!ci=0000"}""",
        new[]
        {
            "homelab:sshPrivateKey is not set, but the program logs in to the VMs and Pis with it; fix: pulumi config set --secret 'homelab:sshPrivateKey' < ~/.ssh/id_ed25519",
            "homelab:proxmoxApiToken is stored in plain text in the stack file; fix: pulumi config set --secret 'homelab:proxmoxApiToken' < <file holding user@realm!tokenid=uuid>",
        })] // missing and plain-text secrets
    [TestCase("""{"cloudflareApiToken":null}""",
        new[] { "homelab:cloudflareApiToken is not set, but homelab:features.tunnel is true; fix: pulumi config set --secret 'homelab:cloudflareApiToken' < <file holding the token>" })] // tunnel without its token
    [TestCase("""{"servers":{"count":"three","memoryMb":4096},"topology":"hybrid"}""",
        new[]
        {
            "homelab:topology 'hybrid' is not one of standard, compact; fix: pulumi config set 'homelab:topology' standard",
            "homelab:servers.count 'three' is not an integer; fix: pulumi config set --path 'homelab:servers.count' <integer>",
            "homelab:servers.memoryMb is not a known setting: did you mean 'memoryMiB'? (known: count, cores, memoryMiB, diskGiB, firstIp, firstVmId, name, pveNodes); fix: rename it to homelab:servers.memoryMiB in the stack file, or pulumi config rm --path 'homelab:servers.memoryMb'",
        })] // unparsable values stop at the reader
    public async Task Validate_reports_every_problem_with_key_value_rule_and_fix(string overrides, string[] expected)
    {
        Assert.That(Problems(TestConfigs.Seed(overrides)), Is.EqualTo(expected));
        await LabStackRuns.AssertRejectedAsync(TestConfigs.Seed(overrides), expected);
    }

    [TestCase("""{"development":"true","servers":{"count":1}}""")] // one server in development
    [TestCase("""{"features":{"tunnel":false},"cloudflare":null,"cloudflareApiToken":null}""")] // no Cloudflare at all
    [TestCase("""{"support":{"count":0}}""")] // no support VM
    [TestCase("""{"edgeHost":{"name":"rpi0","address":"192.168.10.53"}}""")] // one Pi for DNS and edge
    [TestCase("""{"proxmox":{"cloudImageUrl":"https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img","cloudImageChecksum":"0000000000000000000000000000000000000000000000000000000000000000"}}""")] // cloud image instead of a template
    [TestCase("""{"servers":{"count":"3"},"features":{"monitoring":"true"}}""")] // numbers and flags as strings, as --path may store them
    public void Validate_accepts_allowed_variants(string overrides)
    {
        Assert.That(Problems(TestConfigs.Seed(overrides)), Is.Empty);
    }

    [Test]
    public void Validate_reports_in_a_stable_order()
    {
        const string overrides = """{"domain":"-","servers":{"count":2},"jobs":["x_"],"sshPrivateKey":null}""";
        var first = Problems(TestConfigs.Seed(overrides));
        Assert.That(Problems(TestConfigs.Seed(overrides)), Is.EqualTo(first));
        Assert.That(first.Select(message => message[..message.IndexOf(' ', StringComparison.Ordinal)]), Is.EqualTo(new[]
        {
            "homelab:domain", "homelab:servers.count", "homelab:jobs[0]", "homelab:sshPrivateKey",
        }));
    }

    [Test]
    public void Warnings_name_a_single_server_and_a_single_proxmox_node()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"development":"true","topology":"compact"}"""));

        Assert.That(LabConfigValidator.Warnings(config), Is.EqualTo(new[]
        {
            "homelab:servers.count is 1: losing that server stops Nomad and Consul",
            "homelab:proxmox.nodes has one node (pve0): losing it stops every VM of the lab",
        }));
    }

    [Test]
    public void Warnings_name_servers_pinned_to_one_of_several_nodes()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"proxmox":{"nodes":["pve0","pve1"]},"servers":{"pveNodes":["pve1"]},"dns":{"hosts":[{"name":"pve0","address":"192.168.10.100"},{"name":"pve1","address":"192.168.10.101"}]}}"""));

        Assert.That(LabConfigValidator.Warnings(config), Is.EqualTo(new[]
        {
            "homelab:servers.pveNodes places all 3 servers on pve1: losing it loses the Raft quorum",
        }));
    }

    [Test]
    public void Warnings_name_each_proxmox_node_the_dns_has_no_address_for()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"proxmox":{"nodes":["pve0","pve1"]},"dns":{"hosts":[{"name":"pve0","address":"192.168.10.100"}]}}"""));

        Assert.That(LabConfigValidator.Warnings(config), Is.EqualTo(new[]
        {
            "homelab:dns.hosts has no address for the Proxmox node pve1, so the lab's DNS has no record for it; add one with "
            + "pulumi config set --path 'homelab:dns.hosts[0].name' pve1 and pulumi config set --path 'homelab:dns.hosts[0].address' <ip>",
        }));
    }

    [TestCase("""{"edge":{"certificate":"letsEncrypt"}}""", "homelab:edge.acmeEmail is '', not an e-mail address, but homelab:edge.certificate is letsEncrypt; fix: pulumi config set --path 'homelab:edge.acmeEmail' <email>")] // no e-mail
    [TestCase("""{"edge":{"certificate":"letsEncrypt","acmeEmail":"a@example.com"}}""", "homelab:cloudflareDnsToken is not set, but homelab:edge.certificate is letsEncrypt (a Cloudflare token with Zone:DNS:Edit on the lab's zone); fix: pulumi config set --secret 'homelab:cloudflareDnsToken' < <file holding the token>")] // no token
    [TestCase("""{"edge":{"statsPort":443}}""", "homelab:edge.statsPort '443' is HAProxy's HTTPS frontend's port on the edge Pi; the stats page needs a free TCP port in 1..65535 other than 22, 80, 443; fix: pulumi config set --path 'homelab:edge.statsPort' 1936")] // the public port
    [TestCase("""{"edge":{"services":[{"hostname":"echo.lab.example.com","service":"echo"}]}}""", "homelab:edge.services is set, but homelab:features.consulDiscoveryAtEdge is false, so nothing uses it; fix: pulumi config set --path 'homelab:features.consulDiscoveryAtEdge' true")] // unused
    [TestCase("""{"features":{"consulDiscoveryAtEdge":true},"edge":{"services":[{"hostname":"echo.lab.example.com","service":"Echo_1"}]}}""", "homelab:edge.services[0].service 'Echo_1' is not a Consul service name (lower-case letters, digits, '-'); fix: pulumi config set --path 'homelab:edge.services[0].service' <service>")] // bad service
    [TestCase("""{"edge":{"certificate":"acme"}}""", "homelab:edge.certificate 'acme' is not one of internalCa, letsEncrypt; fix: pulumi config set --path 'homelab:edge.certificate' letsEncrypt")] // unknown source
    public void Validate_reports_each_bad_edge_setting_naming_its_key(string overrides, string expected) =>
        Assert.That(Problems(TestConfigs.Seed(overrides)), Does.Contain(expected));

    [Test]
    public void Warnings_are_empty_for_servers_spread_over_several_nodes()
    {
        var config = TestConfigs.Read(TestConfigs.Seed("""{"proxmox":{"nodes":["pve0","pve1","pve2"]},"dns":{"hosts":[{"name":"pve0","address":"192.168.10.100"},{"name":"pve1","address":"192.168.10.101"},{"name":"pve2","address":"192.168.10.102"}]}}"""));

        Assert.That(LabConfigValidator.Warnings(config), Is.Empty);
    }

    [Test]
    public void Validate_reports_a_template_that_is_neither_vm_nor_image()
    {
        var config = TestConfigs.Read(TestConfigs.Seed());
        config = config with { Proxmox = config.Proxmox with { Template = new TemplateSource() } };

        Assert.That(LabConfigValidator.Validate(config), Is.EqualTo(new[]
        {
            "homelab:proxmox.templateVmId is not set and neither is homelab:proxmox.cloudImageUrl: the VMs need a template to clone; fix: pulumi config set --path 'homelab:proxmox.templateVmId' <vm id>",
        }));
    }

    private static IReadOnlyList<string> Problems(IConfigSource source) => LabConfigReader.ReadAndValidate(source).Errors;
}
