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

    // None open: the three it found (node names, edge.acmeEmail, the two Pis' names quoted without EchoedValue) are fixed.
    public static readonly IReadOnlyList<Defect> All = [];

    /// <summary>The known defect that made <paramref name="message"/>, if any.</summary>
    public static Defect? Of(string message) => All.FirstOrDefault(defect => defect.Made(message));
}
