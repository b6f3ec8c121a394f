namespace Lab.Infra.Config;

/// <summary>
/// The rule for a stack name, checked before any file named after it is read or written: Pulumi's own (pkg/util/
/// validation/stack.go: 1 to 100 of letters, digits, '-', '_' and '.'), and not <c>.</c> or <c>..</c>, which Pulumi's
/// pattern lets through but which name folders. A name is then safe as a file name part (<c>Pulumi.&lt;stack&gt;.yaml</c>)
/// and as one folder (<c>artifacts/synth/&lt;stack&gt;/</c>): it holds no path separator and cannot climb out.
/// </summary>
public static class StackName
{
    /// <summary>Pulumi's longest stack name.</summary>
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="name"/> is no stack name, or null when it is one.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "a stack name may not be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"a stack name cannot exceed {MaxLength} characters (this one has {name.Length})";
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (!IsAllowed(name[i]))
            {
                // Pulumi's wording; '/' also covers org/project/stack, which names a stack of a backend, not a file.
                var what = name[i] is '/' or '\\' ? "a path separator" : char.IsControl(name[i]) ? "a control character" : $"'{name[i]}'";
                return $"a stack name may only contain letters, digits, '-', '_' and '.': {what} at position {i + 1}";
            }
        }

        if (name is "." or "..")
        {
            return $"'{name}' names a folder, not a stack";
        }

        return null;
    }

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
}
