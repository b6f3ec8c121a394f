namespace Lab.Infra.Config;

/// <summary>Reads <c>homelab:edge</c>, <c>homelab:dns</c> and the state of <c>homelab:cloudflareDnsToken</c>.</summary>
public static class EdgeConfigReader
{
    public const string EdgeKey = "edge";
    public const string DnsKey = "dns";
    public const string DnsTokenKey = "cloudflareDnsToken";

    /// <summary>The seed's HAProxy stats port.</summary>
    public const int DefaultStatsPort = 1936;

    public static EdgeConfig? Read(IConfigSource source, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(source);
        var edge = JsonFields.Parse(source.Get(EdgeKey), EdgeKey, errors);
        var dns = JsonFields.Parse(source.Get(DnsKey), DnsKey, errors);
        if (edge is null || dns is null)
        {
            return null;
        }

        var certificateText = edge.String("certificate");
        EdgeCertificateSource? certificate = certificateText switch
        {
            null or "internalCa" => EdgeCertificateSource.InternalCa,
            "letsEncrypt" => EdgeCertificateSource.LetsEncrypt,
            _ => null,
        };
        if (certificate is null)
        {
            errors.Add(ConfigKeys.Bad($"{EdgeKey}.certificate", certificateText!, "is not one of internalCa, letsEncrypt",
                ConfigKeys.SetCommand($"{EdgeKey}.certificate", "letsEncrypt")));
        }
        var services = new List<EdgeServiceConfig>();
        foreach (var item in edge.Objects("services") ?? [])
        {
            services.Add(new EdgeServiceConfig(item.String("hostname") ?? "", item.String("service") ?? ""));
            item.ReportUnknownFields();
        }
        var config = new EdgeConfig
        {
            Certificate = certificate ?? EdgeCertificateSource.InternalCa,
            AcmeEmail = edge.String("acmeEmail"),
            AcmeStaging = edge.Bool("acmeStaging") ?? false,
            StatsPort = edge.Int("statsPort") ?? DefaultStatsPort,
            Services = services,
            DnsToken = source.HasSecret(DnsTokenKey) ? SecretState.Secret : source.Get(DnsTokenKey) is not null ? SecretState.Plaintext : SecretState.Missing,
            ExtraHosts = [.. (dns.Objects("hosts") ?? []).Select(item =>
            {
                var host = new DnsHostConfig(item.String("name") ?? "", item.String("address") ?? "");
                item.ReportUnknownFields();
                return host;
            })],
        };
        edge.ReportUnknownFields();
        dns.ReportUnknownFields();
        return config;
    }
}
