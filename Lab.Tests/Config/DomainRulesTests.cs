namespace Lab.Tests.Config;

/// <summary>
/// <c>homelab:domain</c> (issue 11): special-use domains the lab's DNS cannot serve, a domain too long for a name built
/// from it, and a Cloudflare zone that defaulted from the domain, each reported by the key the user set.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class DomainRulesTests
{
    private const string Fix =
        "fix: pulumi config set 'homelab:domain' <domain> (a domain you own, or one under home.arpa, which RFC 8375 sets aside for home networks, e.g. lab.home.arpa)";

    private const string NoTunnel = "\"features\":{\"tunnel\":false}";

    [TestCase("localhost", "is localhost, which resolvers answer with the loopback address (RFC 6761 §6.3), so no name in it reaches the lab's hosts")]
    [TestCase("lab.localhost", "is under .localhost, which resolvers answer with the loopback address (RFC 6761 §6.3), so no name in it reaches the lab's hosts")]
    [TestCase("lab", "is a single label, not a domain: resolvers, Cloudflare and certificate authorities take a bare label for a top-level domain, so the lab's names <host>.<domain> would not resolve or get certificates")]
    [TestCase("lab.local", "is under .local, which is multicast DNS (RFC 6762): hosts ask the LAN for it by mDNS instead of the lab's DNS")]
    [TestCase("local", "is a single label, not a domain: resolvers, Cloudflare and certificate authorities take a bare label for a top-level domain, so the lab's names <host>.<domain> would not resolve or get certificates")]
    public void A_special_use_domain_is_rejected_by_the_domain_key_alone(string domain, string problem)
    {
        // The Cloudflare zone and admin hostnames default from the domain: they must not be blamed for it.
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain}}}"}"""), Is.EqualTo(new[] { $"homelab:domain '{domain}' {problem}; {Fix}" }));
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain}}}",{{{NoTunnel}}}}"""), Is.EqualTo(new[] { $"homelab:domain '{domain}' {problem}; {Fix}" }));
    }

    [TestCase("lab.home.arpa")] // RFC 8375, the suggestion
    [TestCase("localhost.example.com")] // localhost as a host label, not the special-use domain
    [TestCase("local.example.com")]
    public void A_domain_for_a_home_network_is_accepted_without_a_tunnel(string domain) =>
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain}}}",{{{NoTunnel}}}}"""), Is.Empty);

    [Test]
    public void A_zone_defaulted_from_a_special_use_domain_names_both_keys() =>
        Assert.That(AcceptedButWrongTests.Problems("""{"domain":"lab.home.arpa"}"""), Is.EqualTo(new[]
        {
            "homelab:cloudflare.zoneName is not set, so it is homelab:domain 'lab.home.arpa', which is under .home.arpa, a special-use domain that public DNS never delegates, "
            + "so Cloudflare cannot hold it as a zone for the tunnel's records; fix: pulumi config set --path 'homelab:cloudflare.zoneName' <zone> (the public zone that holds the tunnel's hostnames)",
        }));

    [Test]
    public void A_zone_set_in_a_special_use_domain_is_rejected_by_its_own_key() =>
        Assert.That(AcceptedButWrongTests.Problems(Cloudflare("\"zoneName\":\"lab.internal\"")), Is.EqualTo(new[]
        {
            "homelab:cloudflare.zoneName 'lab.internal' is under .internal, a special-use domain that public DNS never delegates, "
            + "so Cloudflare cannot hold it as a zone for the tunnel's records; fix: pulumi config set --path 'homelab:cloudflare.zoneName' <zone> (the public zone that holds the tunnel's hostnames)",
        }));

    [Test]
    public void A_home_arpa_domain_with_its_own_public_zone_is_accepted() =>
        Assert.That(AcceptedButWrongTests.Problems(
            """{"domain":"lab.home.arpa","cloudflare":{"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210","zoneName":"example.com","adminHostnames":[]}}"""),
            Is.Empty);

    [Test]
    public void A_public_hostname_outside_a_defaulted_zone_says_the_zone_came_from_the_domain() =>
        Assert.That(AcceptedButWrongTests.Problems("""{"domain":"lab.example.org","cloudflare":{"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210","publicHostnames":[{"hostname":"echo.lab.example.com"}]}}"""),
            Is.EqualTo(new[]
            {
                "homelab:cloudflare.publicHostnames[0].hostname 'echo.lab.example.com' is not in the Cloudflare zone lab.example.org (homelab:cloudflare.zoneName, not set, so homelab:domain); "
                + "fix: pulumi config set --path 'homelab:cloudflare.publicHostnames[0].hostname' <name>.lab.example.org, or pulumi config set --path 'homelab:cloudflare.zoneName' <zone>",
            }));

    [Test]
    public void A_domain_too_long_for_the_cas_common_name_says_how_long_it_may_be()
    {
        // 57 characters: "<domain> root CA" is 65, one over X.509's 64; it used to pass validation entirely.
        var domain = $"{new string('a', 26)}.{new string('b', 26)}.com";
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain}}}",{{{NoTunnel}}}}"""), Is.EqualTo(new[]
        {
            $"homelab:domain '{domain}' (57 characters) is too long: the internal CA's common name would be '{domain} root CA' (65 characters), over 64 for a certificate's common name "
            + "(RFC 5280 ub-common-name); the longest domain allowed here is 56 characters; fix: pulumi config set 'homelab:domain' <domain of at most 56 characters>",
        }));
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain[1..]}}}",{{{NoTunnel}}}}"""), Is.Empty);
    }

    [Test]
    public void A_domain_too_long_for_the_edges_origin_name_names_the_host_key_too()
    {
        // The renderer used to fail: "tunnel: origin server name '...' is not a DNS name the edge certificate can cover".
        var domain = $"{new string('a', 25)}.{new string('b', 26)}.com";
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain}}}","edgeHost":{"name":"rpi1-edge"},"cloudflare":{"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210","zoneName":"example.com","adminHostnames":[]}}"""),
            Is.EqualTo(new[]
            {
                $"homelab:domain '{domain}' (56 characters) is too long: the edge Pi's origin certificate common name would be 'rpi1-edge.{domain}' (66 characters), over 64 for a certificate's common name "
                + "(RFC 5280 ub-common-name); the longest domain allowed here is 54 characters; fix: pulumi config set 'homelab:domain' <domain of at most 54 characters>, "
                + "or a shorter host name: pulumi config set --path 'homelab:edgeHost.name' <name>",
            }));
    }

    [Test]
    public void A_domain_too_long_for_a_servers_certificate_names_the_role_name()
    {
        var domain = $"{new string('a', 25)}.{new string('b', 26)}.com";
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain}}}","servers":{"name":"vbserver"},{{{NoTunnel}}}}"""), Is.EqualTo(new[]
        {
            $"homelab:domain '{domain}' (56 characters) is too long: the agent certificate's common name of 'vbserver0' would be 'vbserver0.{domain}' (66 characters), over 64 for a certificate's common name "
            + "(RFC 5280 ub-common-name); the longest domain allowed here is 54 characters; fix: pulumi config set 'homelab:domain' <domain of at most 54 characters>, "
            + "or a shorter host name: pulumi config set --path 'homelab:servers.name' <name>",
        }));
    }

    [Test]
    public void A_host_name_that_leaves_no_room_for_any_domain_is_reported_by_its_own_key()
    {
        // The node name, a 63-character label with a digit, looks like a token to EchoedValue, so neither it nor the
        // name it builds is quoted; the role name, without a digit, is.
        var name = "vb" + new string('x', 60);
        const string hidden = "(a 63-character token-like value, not shown)";
        Assert.That(AcceptedButWrongTests.Problems($$$"""{"servers":{"name":"{{{name}}}"},{{{NoTunnel}}}}"""), Is.EqualTo(new[]
        {
            $"homelab:servers.name '{name}' leaves no room for homelab:domain: the agent certificate's common name of {hidden} would be '{hidden}.lab.example.com' (79 characters), "
            + "over 64 for a certificate's common name (RFC 5280 ub-common-name); fix: pulumi config set --path 'homelab:servers.name' <shorter name>",
        }));
    }

    [Test]
    public void A_domain_of_hundreds_of_characters_does_not_blame_the_defaulted_admin_hostnames()
    {
        // 247 characters: the defaults consul.<domain> and haproxy.<domain> are over 253 and used to be reported by
        // homelab:cloudflare.adminHostnames[1] and [3], keys the stack never set.
        var label = new string('a', 60);
        var domain = $"{label}.{label}.{label}.{label}.com";
        var problems = AcceptedButWrongTests.Problems($$$"""{"domain":"{{{domain}}}"}""");
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith($"homelab:domain '{domain[..60]}...' (247 characters) is too long: the internal CA's common name would be '")
            .And.EndWith("the longest domain allowed here is 56 characters; fix: pulumi config set 'homelab:domain' <domain of at most 56 characters>"));
    }

    private static string Cloudflare(string fields) =>
        $$$"""{"cloudflare":{"accountId":"0123456789abcdef0123456789abcdef","zoneId":"fedcba9876543210fedcba9876543210",{{{fields}}}}}""";
}
