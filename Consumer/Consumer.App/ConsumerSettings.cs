using System.Text.RegularExpressions;

namespace Consumer.App;

/// <summary>
/// The consumer's config: which lab stack it reads. One key, <c>homelab-consumer:labStack</c>, the lab stack's fully
/// qualified name <c>&lt;organization&gt;/&lt;project&gt;/&lt;stack&gt;</c>, which a stack reference needs whatever
/// backend the two stacks live in.
/// </summary>
public sealed partial record ConsumerSettings
{
    /// <summary>The consumer's Pulumi project, the namespace of its config keys.</summary>
    public const string Project = "homelab-consumer";

    /// <summary>The key naming the lab stack, without the namespace.</summary>
    public const string LabStackKey = "labStack";

    /// <summary>The key naming the lab stack, fully qualified, as errors and <c>pulumi config</c> show it.</summary>
    public const string LabStackFullKey = $"{Project}:{LabStackKey}";

    private ConsumerSettings(string labStack, string organization, string labProject, string labStackName)
    {
        LabStack = labStack;
        Organization = organization;
        LabProject = labProject;
        LabStackName = labStackName;
    }

    /// <summary>The lab stack, e.g. <c>organization/homelab/lab</c>.</summary>
    public string LabStack { get; }

    /// <summary>Its organization, e.g. <c>organization</c> (a self-managed backend's).</summary>
    public string Organization { get; }

    /// <summary>Its project, e.g. <c>homelab</c>.</summary>
    public string LabProject { get; }

    /// <summary>Its stack name within the project, e.g. <c>lab</c>.</summary>
    public string LabStackName { get; }

    /// <summary>The settings, or the problem with <paramref name="labStack"/> (the config value, null when unset).</summary>
    public static (ConsumerSettings? Settings, string? Problem) Parse(string? labStack)
    {
        const string Fix = $"fix: pulumi config set {LabStackFullKey} <organization>/homelab/<stack>";
        if (string.IsNullOrWhiteSpace(labStack))
        {
            return (null, $"{LabStackFullKey} is not set: it names the lab stack whose outputs this stack reads; {Fix}");
        }
        if (FullName().Match(labStack) is not { Success: true } match)
        {
            // A stack name is no secret; it is shown cut short and without control characters.
            var shown = new string([.. labStack.Take(100).Select(c => char.IsControl(c) ? '?' : c)]);
            return (null, $"{LabStackFullKey} '{shown}' is not a fully qualified stack name <organization>/<project>/<stack> "
                + $"(letters, digits, '-', '_', '.'; e.g. organization/homelab/lab): a stack reference needs all three parts; {Fix}");
        }
        return (new ConsumerSettings(labStack, match.Groups["org"].Value, match.Groups["project"].Value, match.Groups["stack"].Value), null);
    }

    [GeneratedRegex(@"^(?<org>[A-Za-z0-9][A-Za-z0-9_.-]*)/(?<project>[A-Za-z0-9][A-Za-z0-9_.-]*)/(?<stack>[A-Za-z0-9][A-Za-z0-9_.-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();
}
