namespace Lab.Infra.Config;

/// <summary>
/// The addresses of a config that parse, computed once for the rules that compare addresses; a value that does not
/// parse is null here and reported by <see cref="NetworkRules"/>.
/// </summary>
internal sealed record NetworkFacts(
    Ipv4Cidr? Cidr,
    uint? Gateway,
    uint? DnsHost,
    uint? EdgeHost,
    IReadOnlyList<(int Index, uint Address)> DnsServers,
    uint? ProxmoxHost)
{
    public static NetworkFacts From(LabConfig config)
    {
        // A CIDR that NetworkRules rejects is no yardstick for the addresses: they are judged once it is fixed.
        Ipv4Cidr? cidr = Ipv4Cidr.TryParse(config.Network.Cidr, out var parsed, out var hostBitsSet) && !hostBitsSet
            && SpecialAddresses.LabNetworkProblem(parsed) is null ? parsed : null;
        var dnsServers = new List<(int, uint)>();
        for (var i = 0; i < config.Network.DnsServers.Count; i++)
        {
            if (Ipv4.TryParse(config.Network.DnsServers[i], out var server))
            {
                dnsServers.Add((i, server));
            }
        }

        return new NetworkFacts(
            cidr,
            Address(config.Network.Gateway),
            Address(config.DnsHost.Address),
            Address(config.EdgeHost.Address),
            dnsServers,
            Uri.TryCreate(config.Proxmox.Endpoint, UriKind.Absolute, out var endpoint) ? Address(endpoint.Host) : null);
    }

    private static uint? Address(string? text) => Ipv4.TryParse(text, out var address) ? address : null;
}
