namespace Lab.Infra.Config;

/// <summary>
/// The known name a misspelt one most likely meant, for "did you mean" hints: the one at the smallest edit
/// distance (case-insensitive, so <c>Domain</c> finds <c>domain</c>), if it is close enough to be a typo.
/// </summary>
internal static class NearestName
{
    /// <summary>The nearest of <paramref name="known"/>, or null when none is within a typo's distance.</summary>
    public static string? Of(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // One edit for a short name, else a third of it, from 2 to 3 edits: 'sever' finds 'servers', 'xyz' nothing.
        var allowed = name.Length <= 3 ? 1 : Math.Clamp(name.Length / 3, 2, 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" when a near name exists, else empty.</summary>
    public static string Hint(string name, IEnumerable<string> known) =>
        Of(name, known) is { } nearest ? $" (did you mean '{nearest}'?)" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        // Names longer than any key cannot be a typo of one; this also bounds the work for hostile input.
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 200 || b.Length > 200)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
