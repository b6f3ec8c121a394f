namespace Lab.Components.Rendering;

/// <summary>One file that <see cref="FileBundleScript"/> writes on a VM.</summary>
/// <param name="Path">Absolute path, without whitespace and without <c>.</c>, <c>..</c> or empty segments.</param>
/// <param name="Content">The exact text of the file: empty, or ending with <c>"\n"</c>. May be secret.</param>
/// <param name="Mode">Octal permissions, 3 or 4 digits, such as <c>0640</c>.</param>
/// <param name="Owner">User name that owns the file, such as <c>consul</c>.</param>
/// <param name="Group">Group name of the file, such as <c>consul</c>.</param>
public sealed record FileToWrite(string Path, string Content, string Mode, string Owner, string Group)
{
    /// <summary>Leaves <see cref="Content"/> out: it may be a private key, and records print every property.</summary>
    public override string ToString() =>
        $"FileToWrite {{ Path = {Path}, Mode = {Mode}, Owner = {Owner}, Group = {Group}, Content = ({Content.Length} chars) }}";
}
