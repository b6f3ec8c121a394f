using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lab.Infra.Synth.Diff;

/// <summary>
/// The replace-on-change inputs of every resource type the lab uses, as each provider documents them (the Terraform
/// providers the Pulumi packages bridge mark them <c>ForceNew</c> or <c>RequiresReplace</c>; Pulumi.Command's schema
/// marks them <c>replaceOnChanges</c>). A type missing here is reported as "replacement not predicted". Versions: the
/// upstream tag each package of <c>Directory.Packages.props</c> bridges, or the nearest tag read where it was not
/// known (noted per entry). Recheck this table when a provider version changes.
/// </summary>
internal static class ReplaceRules
{
    private const string ProxmoxVm = "bpg/terraform-provider-proxmox v0.111.1 (bridged by Pulumi.ProxmoxVE 8.3.0), proxmoxtf/resource/vm/vm.go and vm/disk/schema.go: ForceNew, and CustomizeDiff ForceNewIf for vm_id and node_name";
    private const string Tls = "hashicorp/terraform-provider-tls v4.1.0, internal/provider/resource_*.go: RequiresReplace and requireReplaceIfStateContainsPEMString; early_renewal_hours updates in place";
    private const string Random = "hashicorp/terraform-provider-random v3.9.0, internal/provider/resource_*.go: RequiresReplace";
    private const string Cloudflare = "cloudflare/terraform-provider-cloudflare v5 (read at v5.22.0), internal/services/*/schema.go: RequiresReplace";
    private const string Consul = "hashicorp/terraform-provider-consul v2.9.0, consul/resource_consul_acl_*.go: ForceNew";
    private const string Nomad = "hashicorp/terraform-provider-nomad v2.5.2, nomad/resource_*.go: ForceNew";
    private const string Command = "pulumi/pulumi-command v1.2.1 schema.json: triggers is replaceOnChanges; any other change is an update, which runs `update`, or `create` again when there is no `update`";

    /// <summary>The rules by type token.</summary>
    public static IReadOnlyDictionary<string, ReplaceRule> ByType { get; } = new ReplaceRule[]
    {
        new("proxmoxve:index/vmLegacy:VmLegacy",
            ["vmId", "clone", "initialization.userDataFileId", "initialization.metaDataFileId", "initialization.networkDataFileId",
             "initialization.vendorDataFileId", "initialization.type", "disks[].fileId", "amdSev"],
            ProxmoxVm,
            (before, after) => Changed(before, after, "nodeName") && after["migrate"]?.GetValueKind() is not JsonValueKind.True
                ? "`nodeName` changed and `migrate` is not true"
                : null),
        new("proxmoxve:index/fileLegacy:FileLegacy",
            ["contentType", "datastoreId", "fileMode", "nodeName", "sourceFile", "sourceRaw"],
            "bpg/terraform-provider-proxmox v0.111.1, proxmoxtf/resource/file.go: ForceNew"),
        new("proxmoxve:download/file:File",
            ["checksum", "checksumAlgorithm", "contentType", "datastoreId", "decompressionAlgorithm", "nodeName", "url", "fileName", "size"],
            "bpg/terraform-provider-proxmox v0.111.1, fwprovider/nodes/resource_download_file.go: RequiresReplace"),
        new("command:remote:Command", ["triggers"], Command),
        new("command:local:Command", ["triggers"], Command),
        new("command:remote:CopyToRemote", ["triggers"], Command),
        new("tls:index/privateKey:PrivateKey", ["algorithm", "rsaBits", "ecdsaCurve"], Tls),
        new("tls:index/selfSignedCert:SelfSignedCert",
            ["privateKeyPem", "validityPeriodHours", "allowedUses", "dnsNames", "ipAddresses", "uris", "isCaCertificate",
             "setSubjectKeyId", "setAuthorityKeyId", "subject"], Tls),
        new("tls:index/certRequest:CertRequest", ["privateKeyPem", "dnsNames", "ipAddresses", "uris", "subject"], Tls),
        new("tls:index/locallySignedCert:LocallySignedCert",
            ["caCertPem", "caPrivateKeyPem", "certRequestPem", "validityPeriodHours", "allowedUses", "isCaCertificate", "setSubjectKeyId"], Tls),
        new("random:index/randomBytes:RandomBytes", ["keepers", "length"], Random),
        new("random:index/randomUuid:RandomUuid", ["keepers"], Random),
        new("random:index/randomPassword:RandomPassword", ["*"], Random),
        new("random:index/randomString:RandomString", ["*"], Random),
        new("cloudflare:index/dnsRecord:DnsRecord", ["zoneId", "type"], Cloudflare),
        new("cloudflare:index/zeroTrustTunnelCloudflared:ZeroTrustTunnelCloudflared", ["accountId", "configSrc"], Cloudflare),
        new("cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig", ["accountId", "tunnelId"], Cloudflare),
        new("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication", ["accountId", "zoneId"], Cloudflare),
        new("cloudflare:index/zeroTrustAccessPolicy:ZeroTrustAccessPolicy", ["accountId"], Cloudflare),
        new("consul:index/aclPolicy:AclPolicy", ["namespace", "partition"], Consul),
        new("consul:index/aclRole:AclRole", ["namespace", "partition"], Consul),
        new("consul:index/aclToken:AclToken", ["accessorId", "expirationTime", "local", "namespace", "partition"], Consul),
        new("consul:index/aclAuthMethod:AclAuthMethod", ["name", "namespace", "partition", "type"], Consul),
        new("consul:index/aclBindingRule:AclBindingRule", ["authMethod", "bindType", "namespace", "partition"], Consul),
        new("consul:index/aclTokenPolicyAttachment:AclTokenPolicyAttachment", ["policy", "tokenId"], Consul),
        new("consul:index/aclTokenRoleAttachment:AclTokenRoleAttachment", ["role", "tokenId"], Consul),
        new("consul:index/aclRolePolicyAttachment:AclRolePolicyAttachment", ["policy", "roleId"], Consul),
        new("nomad:index/job:Job", [],
            Nomad + " (resource_job.go CustomizeDiff: a new namespace, or a new job ID while deregister_on_id_change is true, its default)",
            NomadJobIdentity),
        new("nomad:index/aclPolicy:AclPolicy", ["name"], Nomad),
        new("nomad:index/aclToken:AclToken", ["expirationTtl", "global"], Nomad),
        new("nomad:index/variable:Variable", ["namespace", "path"], Nomad),
        new("nomad:index/namespace:Namespace", ["name"], Nomad),
    }.ToDictionary(r => r.Type, StringComparer.Ordinal);

    private static bool Changed(JsonObject before, JsonObject after, string key) =>
        !JsonNode.DeepEquals(before[key], after[key]);

    /// <summary>A Nomad job is replaced when the ID or namespace in its JSON job specification changes.</summary>
    private static string? NomadJobIdentity(JsonObject before, JsonObject after)
    {
        var (oldId, oldNamespace) = JobIdentity(before);
        var (newId, newNamespace) = JobIdentity(after);
        if (oldNamespace != newNamespace)
        {
            return $"the job's namespace changed ({oldNamespace} to {newNamespace})";
        }
        if (oldId != newId && after["deregisterOnIdChange"]?.GetValueKind() is not JsonValueKind.False)
        {
            return $"the job's ID changed ({oldId} to {newId}) and `deregisterOnIdChange` is not false";
        }
        return null;
    }

    // HCL job specifications cannot be read here; the lab renders JSON (`json: true`), `{"Job": {...}}` or the job itself.
    private static (string? Id, string Namespace) JobIdentity(JsonObject inputs)
    {
        try
        {
            if (inputs["jobspec"]?.GetValue<string>() is not { } text || JsonNode.Parse(text) is not JsonObject spec)
            {
                return (null, "default");
            }
            var job = spec["Job"] as JsonObject ?? spec;
            var id = (job["ID"] ?? job["Id"] ?? job["Name"])?.GetValue<string>();
            var ns = job["Namespace"]?.GetValue<string>() is { Length: > 0 } value ? value : "default";
            return (id, ns);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (null, "default");
        }
    }
}
