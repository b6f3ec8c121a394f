namespace Lab.Components.Jobs;

/// <summary>
/// Fabio, the lab's HTTP router: a system job on every job node, on the host's network with the static ports the edge
/// balancer sends to (9999 proxy, 9998 UI with <c>/health</c>). It reads the routes from the Consul catalogue over
/// HTTPS (8501) with its own token, and with end-to-end TLS it serves HTTPS on 9999 with a certificate for
/// <c>fabio.service.consul</c> from the lab CA, the name the edge balancer verifies. Its token, the CA and the
/// certificate's key come from the job's Nomad Variable.
/// </summary>
public static class FabioJob
{
    /// <summary>The job's id.</summary>
    public const string Id = "fabio";

    /// <summary>The proxy listener every routed request arrives at.</summary>
    public const int ProxyPort = 9999;

    /// <summary>The UI and API listener; it serves <c>/health</c>, which Consul and the edge balancer check.</summary>
    public const int UiPort = 9998;

    /// <summary>The Consul service of the proxy port (<see cref="ProxyPort"/>), the one every route goes through.</summary>
    public const string ProxyService = "fabio";

    /// <summary>The Consul service of the UI port (<see cref="UiPort"/>), which <c>fabio.&lt;domain&gt;</c> shows.</summary>
    public const string UiService = "fabio-ui";

    /// <summary>Fabio's health endpoint; only the UI listener serves it (Fabio's admin server), the proxy routes every path.</summary>
    public const string HealthPath = "/health";

    /// <summary>The name Fabio's TLS certificate carries, as Consul DNS names the <c>fabio</c> service.</summary>
    public const string ServiceDnsName = "fabio.service.consul";

    /// <summary>Variable items: Fabio's Consul token, the lab CA, and with TLS the listener's certificate and key.</summary>
    public const string ConsulTokenItem = "consul_token";

    /// <summary>The lab CA (not secret, but kept beside the token so the job text holds no certificate).</summary>
    public const string CaItem = "ca_pem";

    /// <summary>The TLS listener's certificate chain.</summary>
    public const string CertItem = "tls_cert";

    /// <summary>The TLS listener's private key.</summary>
    public const string KeyItem = "tls_key";

    /// <summary>The job; its Consul token has <see cref="JobConsulPolicies.Fabio"/>.</summary>
    public static NomadJob Create(JobPlacement placement, bool tls)
    {
        ArgumentNullException.ThrowIfNull(placement);
        List<JobTemplate> templates =
        [
            new() { Destination = "secrets/fabio.properties", Data = Properties(tls), Perms = "0600" },
            new() { Destination = "secrets/lab-ca.pem", Data = NomadVariables.Item(Id, CaItem) },
        ];
        if (tls)
        {
            templates.Add(new JobTemplate { Destination = "secrets/fabio.pem", Data = NomadVariables.Item(Id, CertItem) });
            templates.Add(new JobTemplate { Destination = "secrets/fabio-key.pem", Data = NomadVariables.Item(Id, KeyItem), Perms = "0600" });
        }

        return new NomadJob
        {
            Id = Id,
            Type = JobType.System,
            Datacenters = placement.Datacenters,
            Constraints = [placement.Constraint],
            // The edge has nowhere else to send traffic: Fabio goes before the services it routes to.
            Priority = 80,
            Groups =
            [
                new JobGroup
                {
                    Name = "fabio",
                    Ports = [new JobPort("proxy", ProxyPort), new JobPort("ui", UiPort)],
                    Services =
                    [
                        // The proxy port under the name the edge resolves (fabio.service.consul), healthy while the
                        // UI's /health answers: SRV records then point at 9999, never at the UI.
                        new JobService
                        {
                            Name = ProxyService,
                            Port = "proxy",
                            Checks = [Health("fabio-health")],
                        },
                        new JobService
                        {
                            Name = UiService,
                            Port = "ui",
                            Checks = [Health("fabio-ui-health")],
                        },
                    ],
                    Tasks =
                    [
                        new JobTask
                        {
                            Name = "fabio",
                            Image = Versions.Images.Fabio,
                            Args = ["-cfg", "/secrets/fabio.properties"],
                            HostNetwork = true,
                            Templates = templates,
                            Resources = new JobResources(CpuMHz: 200, MemoryMiB: 128, MemoryMaxMiB: 256),
                        },
                    ],
                },
            ],
        };
    }

    private static JobCheck Health(string name) => new()
    {
        Name = name,
        Type = "http",
        Path = HealthPath,
        Port = "ui",
        Interval = TimeSpan.FromSeconds(5),
        Timeout = TimeSpan.FromSeconds(2),
    };

    private static string Properties(bool tls)
    {
        var proxy = tls
            // proto=https with a certificate source: Fabio terminates TLS itself (end-to-end TLS from the edge).
            ? $":{ProxyPort};proto=https;cs=lab\nproxy.cs = cs=lab;type=file;cert=/secrets/fabio.pem;key=/secrets/fabio-key.pem"
            : $":{ProxyPort}";
        return string.Join('\n',
            "registry.backend = consul",
            // The local Consul agent's HTTPS API: its certificate names 127.0.0.1, and D1 asks no client certificate.
            "registry.consul.addr = https://127.0.0.1:8501",
            "registry.consul.tls.cafile = /secrets/lab-ca.pem",
            $"registry.consul.token = {NomadVariables.Item(Id, ConsulTokenItem)}",
            // Nomad registers the fabio services with their checks; Fabio then needs no service:write of its own.
            "registry.consul.register.enabled = false",
            $"proxy.addr = {proxy}",
            $"ui.addr = :{UiPort}",
            "");
    }
}
