namespace Lab.Components.Certificates;

/// <summary>
/// The subject and names of a node's agent certificate. One certificate per node serves both agents: Nomad checks
/// <c>server.&lt;region&gt;.nomad</c> / <c>client.&lt;region&gt;.nomad</c> (verify_server_hostname), Consul checks
/// <c>server.&lt;dc&gt;.consul</c> on servers, and the local CLIs and agents reach each other on <c>localhost</c> and
/// <c>127.0.0.1</c>.
/// </summary>
public static class AgentCertificateNames
{
    /// <summary>The request for host <paramref name="host"/> with the names its <paramref name="roles"/> need.</summary>
    public static LeafCertificateRequest For(
        string host, string domain, string ip, string nomadRegion, string consulDatacenter, AgentRoles roles)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentException.ThrowIfNullOrEmpty(domain);
        if (roles == AgentRoles.None)
        {
            throw new ArgumentException($"host '{host}' runs no agent, so it needs no agent certificate", nameof(roles));
        }

        var fqdn = $"{host}.{domain}";
        var names = new List<string>();
        if (roles.HasFlag(AgentRoles.Server))
        {
            names.Add($"server.{nomadRegion}.nomad");
            names.Add($"server.{consulDatacenter}.consul");
        }

        if (roles.HasFlag(AgentRoles.Client))
        {
            names.Add($"client.{nomadRegion}.nomad");
        }

        names.AddRange([$"{host}.{consulDatacenter}.consul", fqdn, "localhost"]);
        return new LeafCertificateRequest
        {
            CommonName = fqdn,
            DnsNames = names,
            IpAddresses = [ip, "127.0.0.1"],
        };
    }
}
