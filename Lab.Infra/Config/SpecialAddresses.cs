namespace Lab.Infra.Config;

/// <summary>
/// The IPv4 blocks of RFC 6890 that cannot hold a LAN or a resolver, and why: a lab network or resolver there is a
/// typo or a misunderstanding, and would fail only once the VMs boot.
/// </summary>
internal static class SpecialAddresses
{
    /// <summary>Prefixes the lab network may have: dnsmasq's reverse zone takes /8 and longer, and a /31 or /32 has no host addresses.</summary>
    public const int MinLabPrefix = 8;

    public const int MaxLabPrefix = 30;

    private static readonly (Ipv4Cidr Block, string What)[] Blocks =
    [
        (new Ipv4Cidr(0x00000000, 8), "'this network' (0.0.0.0/8), which no host may have as its address"),
        (new Ipv4Cidr(0x7F000000, 8), "loopback (127.0.0.0/8), which every host answers itself"),
        (new Ipv4Cidr(0xA9FE0000, 16), "link-local (169.254.0.0/16), which hosts pick for themselves when DHCP fails and routers do not forward"),
        (new Ipv4Cidr(0xE0000000, 4), "multicast (224.0.0.0/4), whose addresses name groups, not hosts"),
        (new Ipv4Cidr(0xF0000000, 4), "reserved (240.0.0.0/4, with the broadcast address 255.255.255.255), which hosts and routers do not use"),
    ];

    /// <summary>Why <paramref name="cidr"/> cannot be the lab network, or null.</summary>
    public static string? LabNetworkProblem(Ipv4Cidr cidr)
    {
        if (cidr.Prefix is < MinLabPrefix or > MaxLabPrefix)
        {
            return $"has the prefix /{cidr.Prefix}, out of range {MinLabPrefix}..{MaxLabPrefix} "
                + "(the lab's DNS serves the network's reverse zone, which takes /8 and longer, and the lab needs host addresses, which a /31 or /32 lacks)";
        }

        foreach (var (block, what) in Blocks)
        {
            // Either holds the other: a /8 around 169.254.0.0/16 is as unusable as a /24 inside it.
            if (block.Contains(cidr.Network) || cidr.Contains(block.Network))
            {
                return $"overlaps {what}: it cannot be the lab's LAN";
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="address"/> cannot be a DNS server that other hosts ask, or null; link-local is left alone.</summary>
    public static string? ResolverProblem(uint address)
    {
        if (address == 0)
        {
            return "is the unspecified address, which names no host";
        }

        if (address == uint.MaxValue)
        {
            return "is the limited broadcast address, which names no host";
        }

        foreach (var (block, what) in Blocks)
        {
            if (block.Network != 0xA9FE0000 && block.Contains(address))
            {
                return $"is in {what}";
            }
        }

        return null;
    }
}
