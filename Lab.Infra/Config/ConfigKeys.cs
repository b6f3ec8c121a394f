namespace Lab.Infra.Config;

/// <summary>
/// The stack config keys the lab reads, without the project namespace (<c>homelab:</c>), and the formatting every
/// config message uses, so that a key is spelled one way in reader, validator and docs.
/// </summary>
public static class ConfigKeys
{
    /// <summary>The Pulumi project name, which is the namespace of the keys in stack files.</summary>
    public const string Project = "homelab";

    public const string Domain = "domain";
    public const string Network = "network";
    public const string Proxmox = "proxmox";
    public const string Topology = "topology";
    public const string Servers = "servers";
    public const string Clients = "clients";
    public const string Support = "support";
    public const string DnsHost = "dnsHost";
    public const string EdgeHost = "edgeHost";
    public const string Ssh = "ssh";
    public const string Cloudflare = "cloudflare";
    public const string Nomad = "nomad";
    public const string Consul = "consul";
    public const string Jobs = "jobs";
    public const string Features = "features";
    public const string Development = "development";
    public const string SshPrivateKey = "sshPrivateKey";
    public const string ProxmoxApiToken = "proxmoxApiToken";
    public const string CloudflareApiToken = "cloudflareApiToken";

    /// <summary>The key with its namespace, as stack files and the CLI spell it: <c>homelab:network.cidr</c>.</summary>
    public static string Full(string path) => $"{Project}:{path}";

    /// <summary>The CLI command that sets <paramref name="path"/>; <c>--path</c> only where the path goes into an object.</summary>
    public static string SetCommand(string path, string value) =>
        path.Contains('.', StringComparison.Ordinal) || path.Contains('[', StringComparison.Ordinal)
            ? $"pulumi config set --path '{Full(path)}' {value}"
            : $"pulumi config set '{Full(path)}' {value}";

    /// <summary>The CLI command that sets a secret key from a file or stdin.</summary>
    public static string SetSecretCommand(string key, string source) => $"pulumi config set --secret '{Full(key)}' < {source}";

    /// <summary>
    /// A problem with a value: the key, the bad value (or what it looks like, when it looks like a secret: see
    /// <see cref="EchoedValue"/>), the rule, and the fix.
    /// </summary>
    public static string Bad(string path, string value, string problem, string fix) =>
        $"{Full(path)} {EchoedValue.Of(value)} {problem}; fix: {fix}";

    /// <summary>A problem with a key that has no value to quote (missing, empty).</summary>
    public static string Problem(string path, string problem, string fix) => $"{Full(path)} {problem}; fix: {fix}";
}
