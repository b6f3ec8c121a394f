using Lab.Infra.Config;

namespace Lab.Tests.Config;

/// <summary>
/// Values the validator used to accept although the lab cannot work with them (issue 11): they failed later in a
/// renderer with a message naming no key, or only once the hosts booted. Each is now rejected by its own key, with
/// the rule and the fix, and its good neighbours still pass.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class AcceptedButWrongTests
{
    private const string CidrFix = "fix: pulumi config set --path 'homelab:network.cidr' <cidr>";

    [TestCase("0.0.0.0/0", "has the prefix /0, out of range 8..30 (the lab's DNS serves the network's reverse zone, which takes /8 and longer, and the lab needs host addresses, which a /31 or /32 lacks)")]
    [TestCase("192.168.10.0/31", "has the prefix /31, out of range 8..30 (the lab's DNS serves the network's reverse zone, which takes /8 and longer, and the lab needs host addresses, which a /31 or /32 lacks)")]
    [TestCase("0.0.0.0/8", "overlaps 'this network' (0.0.0.0/8), which no host may have as its address: it cannot be the lab's LAN")]
    [TestCase("127.0.0.0/8", "overlaps loopback (127.0.0.0/8), which every host answers itself: it cannot be the lab's LAN")]
    [TestCase("169.254.10.0/24", "overlaps link-local (169.254.0.0/16), which hosts pick for themselves when DHCP fails and routers do not forward: it cannot be the lab's LAN")]
    [TestCase("169.0.0.0/8", "overlaps link-local (169.254.0.0/16), which hosts pick for themselves when DHCP fails and routers do not forward: it cannot be the lab's LAN")]
    [TestCase("224.1.0.0/16", "overlaps multicast (224.0.0.0/4), whose addresses name groups, not hosts: it cannot be the lab's LAN")]
    [TestCase("250.0.0.0/8", "overlaps reserved (240.0.0.0/4, with the broadcast address 255.255.255.255), which hosts and routers do not use: it cannot be the lab's LAN")]
    public void A_lab_network_that_cannot_be_a_lan_is_rejected_by_its_key_alone(string cidr, string problem) =>
        // The addresses are not judged against a rejected network: they are, once it is fixed.
        Assert.That(Problems($$$"""{"network":{"cidr":"{{{cidr}}}"}}"""), Is.EqualTo(new[] { $"homelab:network.cidr '{cidr}' {problem}; {CidrFix}" }));

    [TestCase("192.0.0.0/8")] // the shortest prefix, holding every address of the seed
    [TestCase("192.168.10.0/24")] // the seed
    public void A_lab_network_in_range_is_accepted(string cidr) =>
        Assert.That(Problems($$$"""{"network":{"cidr":"{{{cidr}}}"}}"""), Is.Empty);

    [TestCase("0.0.0.0", "is the unspecified address, which names no host")]
    [TestCase("255.255.255.255", "is the limited broadcast address, which names no host")]
    [TestCase("127.0.0.53", "is in loopback (127.0.0.0/8), which every host answers itself")]
    [TestCase("224.0.0.251", "is in multicast (224.0.0.0/4), whose addresses name groups, not hosts")]
    [TestCase("0.1.2.3", "is in 'this network' (0.0.0.0/8), which no host may have as its address")]
    [TestCase("192.168.10.0", "is the network address of homelab:network.cidr 192.168.10.0/24")]
    [TestCase("192.168.10.255", "is the broadcast address of homelab:network.cidr 192.168.10.0/24")]
    public void A_dns_server_that_names_no_server_is_rejected(string server, string problem) =>
        Assert.That(Problems($$$"""{"network":{"dnsServers":["192.168.10.53","{{{server}}}"]}}"""), Is.EqualTo(new[]
        {
            $"homelab:network.dnsServers[1] '{server}' {problem}: the VMs could not ask it for names; fix: pulumi config set --path 'homelab:network.dnsServers[1]' 192.168.10.53",
        }));

    [TestCase("0.0.0.0", "is the unspecified address, which names no host")]
    [TestCase("255.255.255.255", "is the limited broadcast address, which names no host")]
    [TestCase("127.0.0.1", "is in loopback (127.0.0.0/8), which every host answers itself")]
    [TestCase("239.1.1.1", "is in multicast (224.0.0.0/4), whose addresses name groups, not hosts")]
    [TestCase("192.168.10.255", "is the broadcast address of homelab:network.cidr 192.168.10.0/24")]
    public void An_upstream_resolver_that_names_no_server_is_rejected(string upstream, string problem) =>
        Assert.That(Problems($$$"""{"network":{"upstreamResolvers":["1.1.1.1","{{{upstream}}}"]}}"""), Is.EqualTo(new[]
        {
            $"homelab:network.upstreamResolvers[1] '{upstream}' {problem}: dnsmasq could not forward names to it; fix: pulumi config set --path 'homelab:network.upstreamResolvers[1]' <resolver ip>",
        }));

    [Test]
    public void An_ipv6_upstream_is_rejected_because_the_dns_pi_forwards_to_ipv4_only() =>
        // It used to pass validation and fail in the dnsmasq renderer: "dns: '2606:...' is not an IPv4 address".
        Assert.That(Problems("""{"network":{"upstreamResolvers":["2606:4700:4700::1111"]}}"""), Is.EqualTo(new[]
        {
            "homelab:network.upstreamResolvers[0] '2606:4700:4700::1111' is an IPv6 address, but the DNS Pi's dnsmasq forwards to IPv4 resolvers only; "
            + "fix: pulumi config set --path 'homelab:network.upstreamResolvers[0]' <resolver ip>",
        }));

    [TestCase("""{"network":{"dnsServers":["192.168.10.53","1.1.1.1"],"upstreamResolvers":["192.168.10.1","9.9.9.9"]}}""")] // public and gateway resolvers
    [TestCase("""{"network":{"dnsServers":["169.254.169.253"]}}""")] // link-local resolvers exist (cloud metadata DNS)
    public void Resolvers_that_are_servers_are_accepted(string overrides) =>
        Assert.That(Problems(overrides), Is.Empty);

    [TestCase("dnsHost")]
    [TestCase("edgeHost")]
    public void A_pi_on_the_proxmox_hosts_address_is_rejected(string pi) =>
        Assert.That(Problems($$$"""{"{{{pi}}}":{"address":"192.168.10.100"},"network":{"dnsServers":["192.168.10.53"]}}"""), Is.EqualTo(new[]
        {
            $"homelab:{pi}.address '192.168.10.100' is the Proxmox API host (homelab:proxmox.endpoint); fix: pulumi config set --path 'homelab:{pi}.address' <ip>",
        }));

    [Test]
    public void A_pi_beside_a_proxmox_host_named_by_its_dns_name_is_accepted() =>
        Assert.That(Problems("""{"proxmox":{"endpoint":"https://pve0.lan:8006"},"dns":{"hosts":[{"name":"pve0","address":"192.168.10.100"}]},"edgeHost":{"address":"192.168.10.81"}}"""), Is.Empty);

    internal static IReadOnlyList<string> Problems(string overrides) => LabConfigReader.ReadAndValidate(TestConfigs.Seed(overrides)).Errors;
}
