using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Pulumi;

namespace Consumer.App;

/// <summary>
/// What this stack needs from the lab, read from the lab stack's outputs and checked: an output that is missing, or
/// that is not what the contract says, fails the deployment with a message naming the output and the lab stack. The
/// deploy token is secret here whatever the lab stack says of it.
/// </summary>
public sealed partial class LabConnection
{
    private LabConnection(Output<string> nomadAddress, Output<string> caCertPem, Output<string> appsNamespace, Output<string> deployToken, Output<string> domain)
    {
        NomadAddress = nomadAddress;
        CaCertPem = caCertPem;
        AppsNamespace = appsNamespace;
        DeployToken = deployToken;
        Domain = domain;
    }

    /// <summary>Nomad's HTTPS API.</summary>
    public Output<string> NomadAddress { get; }

    /// <summary>The CA Nomad's API certificate chains to.</summary>
    public Output<string> CaCertPem { get; }

    /// <summary>The namespace this stack's jobs go to.</summary>
    public Output<string> AppsNamespace { get; }

    /// <summary>Secret: the token for <see cref="AppsNamespace"/>.</summary>
    public Output<string> DeployToken { get; }

    /// <summary>The lab's DNS domain.</summary>
    public Output<string> Domain { get; }

    /// <summary>Reads the outputs from <paramref name="lab"/>, the reference to the stack named <paramref name="labStack"/>.</summary>
    public static LabConnection Read(StackReference lab, string labStack)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentException.ThrowIfNullOrEmpty(labStack);
        // The names alone, for the error of a missing output: the map is secret as a whole when any output is.
        var names = Output.Unsecret(lab.Outputs.Apply(outputs => (IReadOnlyCollection<string>)[.. outputs?.Keys ?? []]));

        Output<string> Read(string output, Func<string, bool> rule, string ruleText)
        {
            var isSecret = LabOutputNames.Secret.Contains(output);
            var purpose = Purposes[output];
            var value = Output.Tuple(lab.GetOutput(output), names).Apply(t => t.Item1 switch
            {
                null => throw new ResourceException(MissingOutput(labStack, output, t.Item2), lab, hideStack: true),
                string text when rule(text) => text,
                var other => throw new ResourceException(
                    $"lab stack '{labStack}' output '{output}' {Shown(other, isSecret)} is not {ruleText}; this stack reads it as {purpose} "
                    + "(README, \"Stack outputs\")", lab, hideStack: true),
            });
            // A stack reference marks an output secret only when the lab stack lists it so: the token is made secret here too.
            return isSecret ? Output.CreateSecret(value) : value;
        }

        return new LabConnection(
            Read(LabOutputNames.NomadAddress, IsHttpsUrl, "an https:// URL"),
            Read(LabOutputNames.CaCertPem, pem => pem.TrimStart().StartsWith("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal), "a PEM certificate"),
            Read(LabOutputNames.AppsNamespace, NamespaceName().IsMatch, "a Nomad namespace name (letters, digits and '-', at most 128)"),
            Read(LabOutputNames.NomadDeployToken, token => token.Length > 0 && !token.Any(char.IsWhiteSpace), "a token (one word)"),
            Read(LabOutputNames.Domain, DomainName().IsMatch, "a DNS domain"));
    }

    /// <summary>What this stack reads each lab output as, for the errors that name it.</summary>
    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        [LabOutputNames.NomadAddress] = "the address of Nomad's API",
        [LabOutputNames.CaCertPem] = "the CA that Nomad's API certificate chains to",
        [LabOutputNames.AppsNamespace] = "the Nomad namespace its jobs go to",
        [LabOutputNames.NomadDeployToken] = "the Nomad token of its provider",
        [LabOutputNames.Domain] = "the domain its service is routed under",
    };

    /// <summary>
    /// The error for a lab output this stack reads and <paramref name="labStack"/> does not have, given the names of the
    /// outputs it has; synth checks the lab's synth with it too, before the program runs.
    /// </summary>
    public static string MissingOutput(string labStack, string output, IReadOnlyCollection<string> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        var names = present.Count == 0 ? "it has none: was it ever deployed?" : $"its outputs: {string.Join(", ", present.Order(StringComparer.Ordinal))}";
        return $"lab stack '{labStack}' has no output '{output}' ({names}); this stack reads it as {Purposes[output]}; "
            + $"fix: run `pulumi up` on {labStack} with a lab program that exports it (README, \"Stack outputs\"), "
            + $"or point {ConsumerSettings.LabStackFullKey} at the right stack";
    }

    private static bool IsHttpsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    /// <summary>A value as an error may show it: a secret only by its shape.</summary>
    private static string Shown(object value, bool isSecret) => value switch
    {
        string text when isSecret => text.Length == 0 ? "(an empty string)" : string.Create(CultureInfo.InvariantCulture, $"(a secret string of {text.Length} characters)"),
        string text => $"'{(text.Length > 80 ? text[..80] + "..." : text).ReplaceLineEndings("\\n")}'",
        double or int or long => isSecret ? "(a number)" : string.Create(CultureInfo.InvariantCulture, $"{value} (a number)"),
        bool => isSecret ? "(a boolean)" : $"{value} (a boolean)".ToLowerInvariant(),
        ImmutableArray<object> or System.Collections.IList => "(a list)",
        System.Collections.IDictionary => "(a map)",
        _ => $"(a {value.GetType().Name})",
    };

    // Nomad's own rule for namespace names (nomad/structs: validNamespaceName).
    [GeneratedRegex("^[a-zA-Z0-9-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceName();

    [GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DomainName();
}
