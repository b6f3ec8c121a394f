using Lab.Components;
using Lab.Components.Certificates;

namespace Lab.Tests.Certificates;

[Parallelizable(ParallelScope.All)]
public class AgentCertificateNamesTests
{
    [TestCase(AgentRoles.Server, new[] { "server.global.nomad", "server.dc1.consul", "vb0.dc1.consul", "vb0.lab.example.com", "localhost" })] // server
    [TestCase(AgentRoles.Client, new[] { "client.global.nomad", "vb0.dc1.consul", "vb0.lab.example.com", "localhost" })] // client: no server names
    [TestCase(AgentRoles.Server | AgentRoles.Client, new[] { "server.global.nomad", "server.dc1.consul", "client.global.nomad", "vb0.dc1.consul", "vb0.lab.example.com", "localhost" })] // compact
    public void For_gives_each_role_the_names_its_peers_verify(AgentRoles roles, string[] dnsNames)
    {
        var request = AgentCertificateNames.For("vb0", "lab.example.com", "192.168.10.120", "global", "dc1", roles);

        Assert.That(request.DnsNames, Is.EqualTo(dnsNames));
        Assert.That(request.IpAddresses, Is.EqualTo(new[] { "192.168.10.120", "127.0.0.1" }));
        Assert.That(request.CommonName, Is.EqualTo("vb0.lab.example.com"));
    }

    [Test]
    public void For_refuses_a_host_without_agents()
    {
        var error = Assert.Throws<ArgumentException>(() => AgentCertificateNames.For("head", "lab.example.com", "192.168.10.10", "global", "dc1", AgentRoles.None));

        Assert.That(error!.Message, Is.EqualTo("host 'head' runs no agent, so it needs no agent certificate (Parameter 'roles')"));
    }
}
