using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Lab.Infra.Config;

/// <summary>
/// Strict IPv4 parsing and arithmetic on addresses as <see cref="uint"/>. Stricter than <see cref="IPAddress.TryParse(string?, out IPAddress?)"/>,
/// which takes <c>10.1</c> or <c>010.0.0.1</c>: config holds exactly four decimal octets without leading zeros
/// (some tools read a leading zero as octal).
/// </summary>
internal static class Ipv4
{
    public static bool TryParse(string? text, out uint address)
    {
        address = 0;
        var parts = text?.Split('.') ?? [];
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit))
            {
                return false;
            }

            var octet = uint.Parse(part, CultureInfo.InvariantCulture);
            if (octet > 255)
            {
                return false;
            }

            address = (address << 8) | octet;
        }

        return true;
    }

    /// <summary>An IPv4 address (strict) or any IPv6 address: tells an IPv6 address apart from text that is no address.</summary>
    public static bool IsIpAddress(string? text) =>
        TryParse(text, out _)
        || (text is not null && text.Contains(':', StringComparison.Ordinal)
            && IPAddress.TryParse(text, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6);

    public static string Format(uint address) =>
        string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}");
}

/// <summary>An IPv4 network: address and prefix length.</summary>
internal readonly record struct Ipv4Cidr(uint Network, int Prefix)
{
    public uint Mask => Prefix == 0 ? 0 : uint.MaxValue << (32 - Prefix);

    public uint Broadcast => Network | ~Mask;

    /// <summary>Host addresses: all but the network and broadcast address (none in a /31 or /32 for our purposes).</summary>
    public long UsableCount => Math.Max(0, (1L << (32 - Prefix)) - 2);

    public bool Contains(uint address) => (address & Mask) == Network;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Ipv4.Format(Network)}/{Prefix}");

    /// <summary>Parses <c>a.b.c.d/p</c>; <paramref name="cidr"/> keeps the masked network even when host bits were set.</summary>
    public static bool TryParse(string? text, out Ipv4Cidr cidr, out bool hostBitsSet)
    {
        cidr = default;
        hostBitsSet = false;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0 || !Ipv4.TryParse(text![..slash], out var address))
        {
            return false;
        }

        var prefixText = text[(slash + 1)..];
        if (prefixText.Length is 0 or > 2 || !prefixText.All(char.IsAsciiDigit)
            || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            return false;
        }

        var mask = prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
        cidr = new Ipv4Cidr(address & mask, prefix);
        hostBitsSet = (address & ~mask) != 0;
        return true;
    }
}
