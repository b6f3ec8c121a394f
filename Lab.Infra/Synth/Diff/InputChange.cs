namespace Lab.Infra.Synth.Diff;

/// <summary>One input leaf that differs between base and head.</summary>
/// <param name="Path">Its path, e.g. <c>initialization.userDataFileId</c>.</param>
/// <param name="Base">Its value in base as JSON text; null when base has no such input.</param>
/// <param name="Head">Its value in head as JSON text; null when head has no such input.</param>
/// <param name="IsSecret">The value is secret: a reader is told only that it changed.</param>
/// <param name="FromReplaced">The name of a replaced resource this value comes from: it is unknown until that resource
/// is recreated, and then differs (its text in the synth is the same on both sides).</param>
internal sealed record InputChange(string Path, string? Base, string? Head, bool IsSecret, string? FromReplaced = null)
{
    /// <summary>The path with every array index as <c>[]</c>, as <see cref="ReplaceRule"/> patterns spell it.</summary>
    public string Pattern => PatternOf(Path);

    /// <summary><paramref name="path"/> with every array index as <c>[]</c>.</summary>
    public static string PatternOf(string path)
    {
        var text = new System.Text.StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            text.Append(path[i]);
            if (path[i] == '[')
            {
                while (i + 1 < path.Length && char.IsAsciiDigit(path[i + 1]))
                {
                    i++;
                }
            }
        }
        return text.ToString();
    }
}
