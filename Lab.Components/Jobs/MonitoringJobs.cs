using Lab.Components.Rendering;

namespace Lab.Components.Jobs;

/// <summary>
/// Monitoring and logs for a small lab (the seed's first wish): Prometheus (Nomad, Consul, HAProxy and node metrics),
/// Grafana with its data sources and a dashboard provisioned, Loki, and two system jobs on every job node: the log
/// shipper (Grafana Alloy reading the journal, where every task logs by decision D3) and the node exporter. Prometheus,
/// Grafana and Loki keep their data on the nodes' <c>data</c> host volume, each in its own folder; the log shipper and
/// the node exporter read the host through read-only host volumes (<see cref="NomadAgentHostVolumes"/>), never through
/// Podman bind mounts, which the clients refuse. All listen on the host's network on their usual ports, so they find
/// each other as <c>&lt;service&gt;.service.consul</c>.
/// </summary>
public static class MonitoringJobs
{
    /// <summary>The job ids, in the order they are registered.</summary>
    public static readonly IReadOnlyList<string> Ids = [Prometheus, Loki, Grafana, LogShipper, NodeExporter];

    /// <summary>Prometheus' job id.</summary>
    public const string Prometheus = "prometheus";

    /// <summary>Grafana's job id.</summary>
    public const string Grafana = "grafana";

    /// <summary>Loki's job id.</summary>
    public const string Loki = "loki";

    /// <summary>The log shipper's job id.</summary>
    public const string LogShipper = "log-shipper";

    /// <summary>The node exporter's job id.</summary>
    public const string NodeExporter = "node-exporter";

    /// <summary>Variable items: Prometheus' Consul token and the lab CA; Grafana's admin password.</summary>
    public const string ConsulTokenItem = "consul_token";

    /// <summary>The lab CA, which Nomad's and Consul's HTTPS APIs are verified against.</summary>
    public const string CaItem = "ca_pem";

    /// <summary>Grafana's generated admin password.</summary>
    public const string AdminPasswordItem = "admin_password";

    private static readonly string DataVolume = NomadAgentHostVolumes.Data.Name;

    /// <summary>The job with this id.</summary>
    public static NomadJob Create(string id, MonitoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return id switch
        {
            Prometheus => PrometheusJob(settings),
            Grafana => GrafanaJob(settings),
            Loki => LokiJob(settings),
            LogShipper => LogShipperJob(settings),
            NodeExporter => NodeExporterJob(settings),
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a monitoring job"),
        };
    }

    private static NomadJob PrometheusJob(MonitoringSettings settings) => Single(settings, Prometheus, 9090, new JobTask
    {
        Name = Prometheus,
        Image = Versions.Images.Prometheus,
        Args =
        [
            "--config.file=/local/prometheus.yml",
            "--storage.tsdb.path=/data/prometheus",
            // A small lab's disk: two weeks or 5 GB, whichever comes first.
            "--storage.tsdb.retention.time=15d",
            "--storage.tsdb.retention.size=5GB",
            "--web.listen-address=:9090",
        ],
        HostNetwork = true,
        // Root in the rootless container is the host's podman user, who owns the data volume; the image's own
        // user (nobody) maps to a subordinate uid that cannot write it.
        User = "0",
        VolumeMounts = [new JobVolumeMount(DataVolume, "/data")],
        Templates =
        [
            new() { Destination = "local/prometheus.yml", Data = PrometheusConfig(settings) },
            new() { Destination = "secrets/lab-ca.pem", Data = NomadVariables.Item(Prometheus, CaItem) },
            new() { Destination = "secrets/consul-token", Data = NomadVariables.Item(Prometheus, ConsulTokenItem), Perms = "0600" },
        ],
        Resources = new JobResources(CpuMHz: 300, MemoryMiB: 512, MemoryMaxMiB: 1024),
    }, "/-/healthy", tags: []);

    private static NomadJob GrafanaJob(MonitoringSettings settings) => Single(settings, Grafana, 3000, new JobTask
    {
        Name = Grafana,
        Image = Versions.Images.Grafana,
        HostNetwork = true,
        User = "0",
        VolumeMounts = [new JobVolumeMount(DataVolume, "/data")],
        Env = new Dictionary<string, string>
        {
            ["GF_PATHS_DATA"] = "/data/grafana",
            ["GF_PATHS_PROVISIONING"] = "/local/provisioning",
            ["GF_SERVER_ROOT_URL"] = $"https://grafana.{settings.Domain}/",
            ["GF_SECURITY_ADMIN_USER"] = "admin",
            ["GF_ANALYTICS_REPORTING_ENABLED"] = "false",
            ["GF_ANALYTICS_CHECK_FOR_UPDATES"] = "false",
        },
        Templates =
        [
            // The generated password reaches Grafana as an environment variable read from the job's Variable.
            new() { Destination = "secrets/grafana.env", Data = $"GF_SECURITY_ADMIN_PASSWORD={NomadVariables.Item(Grafana, AdminPasswordItem)}\n", Perms = "0600", Env = true },
            new() { Destination = "local/provisioning/datasources/lab.yaml", Data = GrafanaDataSources },
            new() { Destination = "local/provisioning/dashboards/lab.yaml", Data = GrafanaDashboardProvider },
            new() { Destination = "local/dashboards/lab-overview.json", Data = GrafanaDashboard },
        ],
        Resources = new JobResources(CpuMHz: 200, MemoryMiB: 256, MemoryMaxMiB: 512),
    }, "/api/health", tags: [$"urlprefix-grafana.{settings.Domain}/"]);

    private static NomadJob LokiJob(MonitoringSettings settings)
    {
        var job = Single(settings, Loki, 3100, new JobTask
        {
            Name = Loki,
            Image = Versions.Images.Loki,
            Args = ["-config.file=/local/loki.yaml"],
            HostNetwork = true,
            User = "0",
            VolumeMounts = [new JobVolumeMount(DataVolume, "/data")],
            Templates = [new() { Destination = "local/loki.yaml", Data = LokiConfig }],
            Resources = new JobResources(CpuMHz: 200, MemoryMiB: 256, MemoryMaxMiB: 512),
        }, "/ready", tags: []);
        // Loki's gRPC listener binds on the host too: reserve it so nothing else takes it.
        return job with { Groups = [job.Groups[0] with { Ports = [.. job.Groups[0].Ports, new JobPort("grpc", 9096)] }] };
    }

    private static NomadJob LogShipperJob(MonitoringSettings settings) => PerNode(settings, LogShipper, 12345, new JobTask
    {
        Name = "alloy",
        Image = Versions.Images.Alloy,
        Args = ["run", "--server.http.listen-addr=0.0.0.0:12345", "--storage.path=/alloc/data/alloy", "/local/config.alloy"],
        HostNetwork = true,
        User = "0",
        // The journal and the machine id that names its folder, read-only. The tasks' logs are in the podman user's
        // journal (D3), which journald makes readable to that user, who is root in the rootless container; the agents'
        // system journal is readable to that user by the ACL the node's base script grants (ShipsSystemJournal).
        VolumeMounts =
        [
            new JobVolumeMount(NomadAgentHostVolumes.Journal.Name, NomadAgentHostVolumes.Journal.Path, ReadOnly: true),
            new JobVolumeMount(NomadAgentHostVolumes.MachineId.Name, NomadAgentHostVolumes.MachineId.Path, ReadOnly: true),
        ],
        Templates = [new() { Destination = "local/config.alloy", Data = AlloyConfig }],
        Resources = new JobResources(CpuMHz: 100, MemoryMiB: 128, MemoryMaxMiB: 256),
    }, new JobCheck { Name = "log-shipper-ready", Type = "http", Path = "/-/ready", Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2) },
    [ReadOnlyVolume(NomadAgentHostVolumes.Journal), ReadOnlyVolume(NomadAgentHostVolumes.MachineId)]);

    private static NomadJob NodeExporterJob(MonitoringSettings settings) => PerNode(settings, NodeExporter, 9100, new JobTask
    {
        Name = NodeExporter,
        Image = Versions.Images.NodeExporter,
        Args = ["--path.rootfs=/host", "--web.listen-address=:9100"],
        HostNetwork = true,
        VolumeMounts = [new JobVolumeMount(NomadAgentHostVolumes.HostRoot.Name, "/host", ReadOnly: true)],
        Resources = new JobResources(CpuMHz: 50, MemoryMiB: 32, MemoryMaxMiB: 64),
    }, new JobCheck { Name = "node-exporter-alive", Type = "tcp", Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2) },
    [ReadOnlyVolume(NomadAgentHostVolumes.HostRoot)]);

    /// <summary>A service job with one copy on a job node, on a static host port, checked over HTTP.</summary>
    private static NomadJob Single(MonitoringSettings settings, string id, int port, JobTask task, string healthPath, IReadOnlyList<string> tags) => new()
    {
        Id = id,
        Type = JobType.Service,
        Datacenters = settings.Placement.Datacenters,
        Constraints = [settings.Placement.Constraint],
        Groups =
        [
            new JobGroup
            {
                Name = id,
                Count = 1,
                Ports = [new JobPort("http", port)],
                Volumes = [new JobVolume(DataVolume, NomadAgentHostVolumes.Data.Name)],
                Services =
                [
                    new JobService
                    {
                        Name = id,
                        Port = "http",
                        Tags = tags,
                        Checks = [new JobCheck { Name = $"{id}-health", Type = "http", Path = healthPath, Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2) }],
                    },
                ],
                Tasks = [task],
            },
        ],
    };

    /// <summary>A group volume that reads <paramref name="volume"/> under its own name.</summary>
    private static JobVolume ReadOnlyVolume(NomadAgentHostVolume volume) => new(volume.Name, volume.Name, ReadOnly: true);

    /// <summary>A system job on every job node, on a static host port, with the host volumes its task mounts.</summary>
    private static NomadJob PerNode(MonitoringSettings settings, string id, int port, JobTask task, JobCheck check, IReadOnlyList<JobVolume> volumes) => new()
    {
        Id = id,
        Type = JobType.System,
        Datacenters = settings.Placement.Datacenters,
        Constraints = [settings.Placement.Constraint],
        Groups =
        [
            new JobGroup
            {
                Name = id,
                Ports = [new JobPort("http", port)],
                Volumes = volumes,
                Services = [new JobService { Name = id, Port = "http", Checks = [check] }],
                Tasks = [task],
            },
        ],
    };

    private static string PrometheusConfig(MonitoringSettings settings)
    {
        var lines = new List<string>
        {
            "global:",
            "  scrape_interval: 30s",
            "scrape_configs:",
            // Nomad serves /v1/metrics without a token; its HTTPS certificate names every agent's IP.
            "  - job_name: nomad",
            "    scheme: https",
            "    metrics_path: /v1/metrics",
            "    params:",
            "      format: [prometheus]",
            "    tls_config:",
            "      ca_file: /secrets/lab-ca.pem",
            "    static_configs:",
            $"      - targets: [{Targets(settings.NomadAgents, 4646)}]",
            // Consul's agent metrics need agent:read: the token is sent as a bearer token from a file.
            "  - job_name: consul",
            "    scheme: https",
            "    metrics_path: /v1/agent/metrics",
            "    params:",
            "      format: [prometheus]",
            "    tls_config:",
            "      ca_file: /secrets/lab-ca.pem",
            "    authorization:",
            "      credentials_file: /secrets/consul-token",
            "    static_configs:",
            $"      - targets: [{Targets(settings.ConsulAgents, 8501)}]",
            // The node exporters wherever Nomad placed them, found in the catalogue.
            "  - job_name: node",
            "    consul_sd_configs:",
            "      - server: 127.0.0.1:8501",
            "        scheme: https",
            "        services: [node-exporter]",
            "        tls_config:",
            "          ca_file: /secrets/lab-ca.pem",
            "        authorization:",
            "          credentials_file: /secrets/consul-token",
            "    relabel_configs:",
            "      - source_labels: [__meta_consul_node]",
            "        target_label: instance",
        };
        if (settings.HaproxyMetrics is { } haproxy)
        {
            lines.AddRange(
            [
                "  - job_name: haproxy",
                "    static_configs:",
                $"      - targets: ['{haproxy}']",
            ]);
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string Targets(IReadOnlyList<string> ips, int port) => string.Join(", ", ips.Select(ip => $"'{ip}:{port}'"));

    private const string GrafanaDataSources = """
        apiVersion: 1
        datasources:
          - name: Prometheus
            uid: prometheus
            type: prometheus
            access: proxy
            url: http://prometheus.service.consul:9090
            isDefault: true
          - name: Loki
            uid: loki
            type: loki
            access: proxy
            url: http://loki.service.consul:3100

        """;

    private const string GrafanaDashboardProvider = """
        apiVersion: 1
        providers:
          - name: lab
            type: file
            disableDeletion: true
            options:
              path: /local/dashboards

        """;

    // Legends avoid '{{ }}', which Nomad's template runner would take for its own.
    private const string GrafanaDashboard = """
        {
          "uid": "lab-overview",
          "title": "Lab overview",
          "schemaVersion": 39,
          "time": { "from": "now-6h", "to": "now" },
          "panels": [
            { "id": 1, "type": "stat", "title": "Targets up", "gridPos": { "x": 0, "y": 0, "w": 6, "h": 4 },
              "datasource": { "type": "prometheus", "uid": "prometheus" }, "targets": [ { "expr": "sum(up)" } ] },
            { "id": 2, "type": "timeseries", "title": "Running allocations", "gridPos": { "x": 6, "y": 0, "w": 18, "h": 8 },
              "datasource": { "type": "prometheus", "uid": "prometheus" }, "targets": [ { "expr": "sum by (instance) (nomad_client_allocations_running)" } ] },
            { "id": 3, "type": "timeseries", "title": "Node memory available", "gridPos": { "x": 0, "y": 8, "w": 12, "h": 8 },
              "datasource": { "type": "prometheus", "uid": "prometheus" }, "targets": [ { "expr": "node_memory_MemAvailable_bytes" } ] },
            { "id": 4, "type": "logs", "title": "Errors in the journal", "gridPos": { "x": 12, "y": 8, "w": 12, "h": 8 },
              "datasource": { "type": "loki", "uid": "loki" }, "targets": [ { "expr": "{job=\"journal\"} |~ \"(?i)error\"" } ] }
          ]
        }

        """;

    private const string LokiConfig = """
        auth_enabled: false
        server:
          http_listen_port: 3100
          grpc_listen_port: 9096
        common:
          instance_addr: 127.0.0.1
          path_prefix: /data/loki
          storage:
            filesystem:
              chunks_directory: /data/loki/chunks
              rules_directory: /data/loki/rules
          replication_factor: 1
          ring:
            kvstore:
              store: inmemory
        schema_config:
          configs:
            - from: 2024-01-01
              store: tsdb
              object_store: filesystem
              schema: v13
              index:
                prefix: index_
                period: 24h
        limits_config:
          retention_period: 168h
        compactor:
          working_directory: /data/loki/compactor
          retention_enabled: true
          delete_request_store: filesystem

        """;

    private const string AlloyConfig = """
        loki.relabel "journal" {
          forward_to = []
          rule {
            source_labels = ["__journal__systemd_unit"]
            target_label  = "unit"
          }
          rule {
            source_labels = ["__journal__hostname"]
            target_label  = "host"
          }
          rule {
            source_labels = ["__journal_container_name"]
            target_label  = "container"
          }
        }

        loki.source.journal "journal" {
          path          = "/var/log/journal"
          relabel_rules = loki.relabel.journal.rules
          labels        = { job = "journal" }
          forward_to    = [loki.write.lab.receiver]
        }

        loki.write "lab" {
          endpoint {
            url = "http://loki.service.consul:3100/loki/api/v1/push"
          }
        }

        """;
}
