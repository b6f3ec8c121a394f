namespace Lab.Infra.Config;

/// <summary>Rules for <c>homelab:network</c> and the Raspberry Pis' addresses.</summary>
internal static class NetworkRules
{
    private const string Cidr = "network.cidr";

    public static void Check(LabConfig config, NetworkFacts facts, List<string> errors)
    {
        var network = config.Network;
        if (!Ipv4Cidr.TryParse(network.Cidr, out var parsed, out var hostBitsSet))
        {
            errors.Add(ConfigKeys.Bad(Cidr, network.Cidr, "is not an IPv4 CIDR (a.b.c.d/prefix)", ConfigKeys.SetCommand(Cidr, "<cidr>")));
        }
        else if (hostBitsSet)
        {
            errors.Add(ConfigKeys.Bad(Cidr, network.Cidr, $"has host bits set (the network is {parsed})", ConfigKeys.SetCommand(Cidr, parsed.ToString())));
        }
        else if (SpecialAddresses.LabNetworkProblem(parsed) is { } problem)
        {
            errors.Add(ConfigKeys.Bad(Cidr, network.Cidr, problem, ConfigKeys.SetCommand(Cidr, "<cidr>")));
        }

        CheckLanAddress("network.gateway", network.Gateway, facts.Cidr, errors);
        CheckDnsServers(config, facts, errors);
        CheckUpstreams(config, facts, errors);
        CheckPi(ConfigKeys.DnsHost, config.DnsHost, facts, errors);
        CheckPi(ConfigKeys.EdgeHost, config.EdgeHost, facts, errors);
        if (facts.DnsHost is { } dns && facts.EdgeHost == dns && config.DnsHost.Name != config.EdgeHost.Name)
        {
            // One Pi may do both jobs, but then it is one host with one name, not two names for one address.
            errors.Add(ConfigKeys.Bad("edgeHost.address", config.EdgeHost.Address,
                $"is also {ConfigKeys.Full("dnsHost.address")}, but the names differ ({EchoedValue.Of(config.EdgeHost.Name)}, {EchoedValue.Of(config.DnsHost.Name)})",
                $"give the edge host its own address, or the same name: {ConfigKeys.SetCommand("edgeHost.name", DnsNames.IsLabel(config.DnsHost.Name) ? config.DnsHost.Name : "<name>")}"));
        }
    }

    /// <summary>A host address on the lab network: parses, inside the CIDR, not its network or broadcast address.</summary>
    private static bool CheckLanAddress(string path, string value, Ipv4Cidr? cidr, List<string> errors)
    {
        if (!Ipv4.TryParse(value, out var address))
        {
            errors.Add(ConfigKeys.Bad(path, value, "is not an IPv4 address", ConfigKeys.SetCommand(path, "<ip>")));
            return false;
        }

        if (cidr is not { } network)
        {
            return true;
        }

        var problem = !network.Contains(address) ? $"is outside {ConfigKeys.Full(Cidr)} {network}"
            : address == network.Network ? $"is the network address of {network}"
            : address == network.Broadcast ? $"is the broadcast address of {network}"
            : null;
        if (problem is not null)
        {
            errors.Add(ConfigKeys.Bad(path, value, problem, ConfigKeys.SetCommand(path, $"<ip in {network}>")));
            return false;
        }

        return true;
    }

    private static void CheckDnsServers(LabConfig config, NetworkFacts facts, List<string> errors)
    {
        var network = config.Network;
        if (network.DnsServers.Count == 0)
        {
            errors.Add(ConfigKeys.Problem("network.dnsServers", "is empty: the VMs would resolve no names",
                ConfigKeys.SetCommand("network.dnsServers[0]", config.DnsHost.Address)));
        }

        for (var i = 0; i < network.DnsServers.Count; i++)
        {
            var path = $"network.dnsServers[{i}]";
            if (!Ipv4.TryParse(network.DnsServers[i], out var server))
            {
                errors.Add(ConfigKeys.Bad(path, network.DnsServers[i], "is not an IPv4 address", ConfigKeys.SetCommand(path, "<ip>")));
            }
            else if (ResolverProblem(server, facts) is { } problem)
            {
                // The VMs and the edge's HAProxy ask these servers; the lab's own is the DNS Pi.
                errors.Add(ConfigKeys.Bad(path, network.DnsServers[i], $"{problem}: the VMs could not ask it for names",
                    ConfigKeys.SetCommand(path, config.DnsHost.Address)));
            }
        }
    }

    private static void CheckUpstreams(LabConfig config, NetworkFacts facts, List<string> errors)
    {
        var upstreams = config.Network.UpstreamResolvers;
        if (upstreams.Count == 0)
        {
            errors.Add(ConfigKeys.Problem("network.upstreamResolvers",
                "is empty: dnsmasq runs with no-resolv, so it could answer only the lab's own names",
                ConfigKeys.SetCommand("network.upstreamResolvers[0]", "<resolver ip>")));
        }

        for (var i = 0; i < upstreams.Count; i++)
        {
            var path = $"network.upstreamResolvers[{i}]";
            var fix = ConfigKeys.SetCommand(path, "<resolver ip>");
            if (!Ipv4.TryParse(upstreams[i], out var upstream))
            {
                // The DNS Pi's dnsmasq config (DnsmasqConfigRenderer) forwards to IPv4 servers only.
                errors.Add(ConfigKeys.Bad(path, upstreams[i],
                    Ipv4.IsIpAddress(upstreams[i]) ? "is an IPv6 address, but the DNS Pi's dnsmasq forwards to IPv4 resolvers only" : "is not an IPv4 address",
                    fix));
            }
            else if (ResolverProblem(upstream, facts) is { } problem)
            {
                errors.Add(ConfigKeys.Bad(path, upstreams[i], $"{problem}: dnsmasq could not forward names to it", fix));
            }
            else if (upstreams[i] == config.DnsHost.Address)
            {
                errors.Add(ConfigKeys.Bad(path, upstreams[i],
                    $"is the DNS host itself ({ConfigKeys.Full("dnsHost.address")}): dnsmasq would forward to itself", fix));
            }
        }
    }

    /// <summary>Why a resolver's address names no DNS server: a special address, or the lab network's own network or broadcast address.</summary>
    private static string? ResolverProblem(uint address, NetworkFacts facts) =>
        SpecialAddresses.ResolverProblem(address)
        ?? (facts.Cidr is { } cidr && address == cidr.Network ? $"is the network address of {ConfigKeys.Full(Cidr)} {cidr}"
            : facts.Cidr is { } c && address == c.Broadcast ? $"is the broadcast address of {ConfigKeys.Full(Cidr)} {c}"
            : null);

    private static void CheckPi(string key, PiHostConfig pi, NetworkFacts facts, List<string> errors)
    {
        if (!DnsNames.IsLabel(pi.Name))
        {
            errors.Add(ConfigKeys.Bad($"{key}.name", pi.Name, RoleRules.NotALabel, ConfigKeys.SetCommand($"{key}.name", "<name>")));
        }

        var path = $"{key}.address";
        if (CheckLanAddress(path, pi.Address, facts.Cidr, errors) && Ipv4.TryParse(pi.Address, out var address))
        {
            var taken = address == facts.Gateway ? $"is the gateway ({ConfigKeys.Full("network.gateway")})"
                : address == facts.ProxmoxHost ? $"is the Proxmox API host ({ConfigKeys.Full("proxmox.endpoint")})"
                : null;
            if (taken is not null)
            {
                errors.Add(ConfigKeys.Bad(path, pi.Address, taken, ConfigKeys.SetCommand(path, "<ip>")));
            }
        }

        if (!DnsNames.IsUserName(pi.SshUser))
        {
            errors.Add(ConfigKeys.Bad($"{key}.sshUser", pi.SshUser, AccessRules.NotAUserName, ConfigKeys.SetCommand($"{key}.sshUser", "<user>")));
        }
    }
}
