namespace Lab.Components.Rendering;

/// <summary>
/// Where the edge Pi gets cloudflared, which Debian does not package: the <c>.deb</c> of the pinned GitHub release
/// (<see cref="Versions.Cloudflared"/>) for the Pi's architecture, accepted only when its SHA-256 is the one pinned here.
/// A pinned hash rather than Cloudflare's apt repository: the repository's signing key was rotated in 2025 (an apt
/// source pinned to the old key stopped working), and an apt source would let upgrades move cloudflared off its pin.
/// </summary>
public static class CloudflaredRelease
{
    /// <summary>
    /// SHA-256 of <c>cloudflared-linux-&lt;arch&gt;.deb</c> of release <see cref="Versions.Cloudflared"/>, by Debian
    /// architecture (<c>dpkg --print-architecture</c>), as the release notes list them. <c>armhf</c> is built for ARMv7
    /// (GOARM=7): a Raspberry Pi 2 or later on 32-bit Raspberry Pi OS; the Pi 1 and Zero (ARMv6) are not covered.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Sha256 = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["amd64"] = "bc073ef293d504cf5ac533bd0aa1c824ef6b4f358765ccaa6628a8a95cacb4b7",
        ["arm64"] = "bcce0111878f13d26e66b1d2ea7f270c8bde4bd549e32ce74d32474521583ca3",
        ["armhf"] = "4815dd7fc7b4c3ff5d29a7bbe80bba9e253d29b2eb84079e853b158fdfd7e975",
    };

    /// <summary>The package of <paramref name="version"/>; <c>$arch</c> is left for the script on the Pi to fill in.</summary>
    public static string PackageUrl(string version) =>
        $"https://github.com/cloudflare/cloudflared/releases/download/{version}/cloudflared-linux-${{arch}}.deb";
}
