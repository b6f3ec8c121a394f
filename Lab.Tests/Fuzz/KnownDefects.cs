namespace Lab.Tests.Fuzz;

/// <summary>
/// Defects the fuzz test found outside the reading layer, reported to the owner of the code and not fixed on this
/// branch: a message they make is not held against the property, so that the test keeps guarding everything else.
/// Each entry names where the defect is and its smallest input; delete the entry when the fix lands, and the fuzz
/// test then holds the fix.
/// </summary>
public static class KnownDefects
{
    /// <summary>A defect: where it is, and how to tell a message it made.</summary>
    public sealed record Defect(string Where, Func<string, bool> Made);

    public static readonly IReadOnlyList<Defect> All =
    [
        // servers.name: "vb\nvb" prints the node name it gives unescaped, over several lines (and a long name whole).
        new("RoleRules.CheckRole quotes the derived node name without EchoedValue", message => message.Contains("gives the node name '", StringComparison.Ordinal)),
        // edge.acmeEmail: "a@example.com\nb" is quoted unescaped (and a secret-shaped value would be shown).
        new("EdgeRules quotes homelab:edge.acmeEmail without EchoedValue", message => message.StartsWith("error: homelab:edge.acmeEmail is '", StringComparison.Ordinal)),
        // dnsHost.name: <5,000 x>, edgeHost on the same address: both names printed whole (a 10,000-character line).
        new("NetworkRules quotes the DNS and edge host names without EchoedValue", message => message.Contains("is also homelab:dnsHost.address, but the names differ (", StringComparison.Ordinal)),
    ];

    /// <summary>The known defect that made <paramref name="message"/>, if any.</summary>
    public static Defect? Of(string message) => All.FirstOrDefault(defect => defect.Made(message));
}
