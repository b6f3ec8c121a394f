namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Keys someone might add to a stack file: real settings at the wrong level or with the wrong namespace, Pulumi's
/// path syntax written as a key, the stack file's own settings inside <c>config:</c>, and names no parser likes.
/// </summary>
public static class PlausibleKeys
{
    public static readonly IReadOnlyList<string> All =
    [
        "homelab:domain", "homelab:servers", "homelab:count", "count", "name", "homelab:servers.count", "homelab:servers[0]",
        "homelab:network.cidr", "homelab:jobs[0]", "homelab:features.tunnel", "homelab:sshPrivateKey", "homelab:proxmoxApiToken",
        "homelab:cloudflareApiToken", "homelab:edge", "homelab:cloudflare", "homelab:support", "homelab:clients", "homelab:nomad",
        "homelab:", ":", "homelab::domain", "homelab:homelab:domain", "lab:domain", "pulumi:tags", "pulumi:template",
        "proxmoxve:endpoint", "cloudflare:apiToken", "nomad:address", "config", "secure", "encryptionsalt", "secretsprovider",
        "environment", "imports", "backend", "runtime", "value", "default", "type", "\"homelab:domain\"", "'homelab:jobs'",
        "\"\"", "\"a\\u0000b\"", "\"\\t\"", "\"key with spaces\"", "\"ʎɐʍ\"", "\"😀\"", "123", "true", "~", "null", "0x10",
        "<<", "\"<<\"", "[a, b]", "{a: b}",
    ];
}
