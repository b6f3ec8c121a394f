namespace Consumer.App;

/// <summary>
/// The lab stack's outputs this stack reads: part of the lab's outputs contract (README, "Stack outputs"), so the lab
/// may not rename them without a note there. The contract test checks each is an output of the lab's program.
/// </summary>
public static class LabOutputNames
{
    /// <summary>Nomad's HTTPS API, <c>https://&lt;first server&gt;:4646</c>.</summary>
    public const string NomadAddress = "nomadAddress";

    /// <summary>The lab CA's root certificate (PEM), which Nomad's API certificate chains to.</summary>
    public const string CaCertPem = "caCertPem";

    /// <summary>The Nomad namespace other stacks deploy into.</summary>
    public const string AppsNamespace = "appsNamespace";

    /// <summary>Secret: the Nomad token that deploys into the apps namespace only.</summary>
    public const string NomadDeployToken = "nomadDeployToken";

    /// <summary>The lab's DNS domain; Fabio routes <c>&lt;name&gt;.&lt;domain&gt;</c> from the edge.</summary>
    public const string Domain = "domain";

    /// <summary>Every output read, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<string> All = [NomadAddress, CaCertPem, AppsNamespace, NomadDeployToken, Domain];

    /// <summary>The ones that are secret in the lab stack and stay secret here.</summary>
    public static readonly IReadOnlyList<string> Secret = [NomadDeployToken];
}
