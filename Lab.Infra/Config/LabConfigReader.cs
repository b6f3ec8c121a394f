namespace Lab.Infra.Config;

/// <summary>
/// Binds raw stack config to a <see cref="LabConfig"/>: reads each top-level key once, parses object values from
/// their JSON text, applies <see cref="LabDefaults"/>, and reports every value it cannot parse (wrong JSON type,
/// unknown field, unknown enum value) and every key it does not read. Rules about what the values mean are
/// <see cref="LabConfigValidator"/>'s job.
/// </summary>
/// <remarks>
/// The keys the lab knows are the keys this reader asks the source for: a key is declared by reading it (a
/// <c>ReadX(source, ConfigKeys.X, ...)</c> line here, or a field accessor of <see cref="JsonFields"/>), and every
/// other key of the stack is reported as unknown, with the nearest known one as the suggestion.
/// </remarks>
public static class LabConfigReader
{
    /// <summary>
    /// The namespaces besides the project's that a stack may set keys in: Pulumi's own, and the packages whose
    /// providers the program uses. A key in any other namespace is read by nothing, so it is most likely a typo.
    /// </summary>
    public static readonly IReadOnlyList<string> OtherNamespaces = ["pulumi", "proxmoxve", "cloudflare", "consul", "nomad", "command", "tls", "random"];

    /// <summary>Reads the lab's config; <c>Config</c> is null exactly when <c>Errors</c> is not empty.</summary>
    public static (LabConfig? Config, IReadOnlyList<string> Errors) Read(IConfigSource source)
    {
        var (config, errors) = ReadLeniently(source);
        return errors.Count > 0 ? (null, errors) : (config, errors);
    }

    /// <summary>
    /// Reads and validates: every problem of the config at once, the values that cannot be read and the rules the
    /// others break. A value that cannot be read is replaced by its default for the rules, and a rule that involves
    /// such a key is not reported: the read error stands for it. <c>Config</c> is null exactly when <c>Errors</c> is
    /// not empty.
    /// </summary>
    public static (LabConfig? Config, IReadOnlyList<string> Errors) ReadAndValidate(IConfigSource source)
    {
        var (config, readErrors) = ReadLeniently(source);
        var unreadable = readErrors.Select(SubjectKey).OfType<string>().ToList();
        IReadOnlyList<string> errors =
            [.. readErrors, .. LabConfigValidator.Validate(config).Where(error => !unreadable.Any(key => Mentions(error, key)))];
        return errors.Count > 0 ? (null, errors) : (config, errors);
    }

    /// <summary>The key an error is about: its first word, <c>homelab:&lt;path&gt;</c>.</summary>
    private static string? SubjectKey(string error)
    {
        var prefix = ConfigKeys.Full("");
        var end = error.IndexOf(' ', StringComparison.Ordinal);
        return error.StartsWith(prefix, StringComparison.Ordinal) && end > prefix.Length ? error[..end] : null;
    }

    /// <summary>Whether <paramref name="error"/> names <paramref name="key"/> or a key below it.</summary>
    private static bool Mentions(string error, string key)
    {
        for (var at = error.IndexOf(key, StringComparison.Ordinal); at >= 0; at = error.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var next = at + key.Length;
            if (next == error.Length || !char.IsAsciiLetterOrDigit(error[next]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The config with every value that cannot be read replaced by its default, and the read errors.</summary>
    private static (LabConfig Config, IReadOnlyList<string> Errors) ReadLeniently(IConfigSource stackSource)
    {
        ArgumentNullException.ThrowIfNull(stackSource);
        var source = new AskedKeys(stackSource);
        var errors = new List<string>();

        // Read first: the defaults of the role counts depend on them.
        var development = ReadBool(source, ConfigKeys.Development, errors) ?? false;
        var topology = ReadTopology(source, errors);
        var compact = topology == Topology.Compact;

        var domain = (source.Get(ConfigKeys.Domain) is { } domainText ? JsonFields.OneLine(ConfigKeys.Domain, domainText, errors) : null) ?? LabDefaults.Domain;
        var dnsHost = ReadPiHost(source, ConfigKeys.DnsHost, LabDefaults.DnsHost, errors);
        var network = ReadNetwork(source, dnsHost, errors);
        var proxmox = ReadProxmox(source, errors);
        var servers = ReadRole(source, ConfigKeys.Servers, LabDefaults.Servers with
        {
            Count = development ? LabDefaults.DevelopmentServerCount : LabDefaults.ServerCount,
        }, errors);
        var clients = ReadRole(source, ConfigKeys.Clients, compact ? LabDefaults.Clients with { Count = 0 } : LabDefaults.Clients, errors);
        var support = ReadRole(source, ConfigKeys.Support, compact ? LabDefaults.Support with { Count = 0 } : LabDefaults.Support, errors);
        var edgeHost = ReadPiHost(source, ConfigKeys.EdgeHost, LabDefaults.EdgeHost, errors);
        var ssh = ReadSsh(source, errors);
        var (cloudflare, adminHostnames) = ReadCloudflare(source, domain, errors);
        var nomad = ReadNomad(source, errors);
        var consul = ReadConsul(source, errors);
        var jobs = JsonFields.ParseStrings(source.Get(ConfigKeys.Jobs), ConfigKeys.Jobs, errors) ?? LabDefaults.Jobs;
        var features = ReadFeatures(source, errors);
        var edge = EdgeConfigReader.Read(source, errors);
        var secrets = new LabSecrets
        {
            SshPrivateKey = ReadSecret(source, ConfigKeys.SshPrivateKey),
            ProxmoxApiToken = ReadSecret(source, ConfigKeys.ProxmoxApiToken),
            CloudflareApiToken = ReadSecret(source, ConfigKeys.CloudflareApiToken),
        };

        ReportUnknownKeys(source, errors);

        // A key whose value cannot be read counts as unset here; its error is already recorded.
        var emptySource = new DictionaryConfigSource([]);
        features ??= LabDefaults.Features;
        return (new LabConfig
        {
            Domain = domain,
            Network = network ?? ReadNetwork(emptySource, dnsHost, errors)!,
            Proxmox = proxmox ?? ReadProxmox(emptySource, errors)!,
            Topology = topology ?? LabDefaults.LabTopology,
            Servers = servers ?? ReadRole(emptySource, ConfigKeys.Servers, LabDefaults.Servers with
            {
                Count = development ? LabDefaults.DevelopmentServerCount : LabDefaults.ServerCount,
            }, errors)!,
            Clients = clients ?? (compact ? LabDefaults.Clients with { Count = 0 } : LabDefaults.Clients),
            Support = support ?? (compact ? LabDefaults.Support with { Count = 0 } : LabDefaults.Support),
            DnsHost = dnsHost ?? LabDefaults.DnsHost,
            EdgeHost = edgeHost ?? LabDefaults.EdgeHost,
            Ssh = ssh ?? ReadSsh(emptySource, errors)!,
            // The default admin hostnames depend on the features, read after the cloudflare key.
            Cloudflare = (cloudflare ?? ReadCloudflare(emptySource, domain, errors).Item1!) with
            {
                AdminHostnames = adminHostnames ?? LabDefaults.AdminHostnames(domain, features.Monitoring),
            },
            Nomad = nomad ?? ReadNomad(emptySource, errors)!,
            Consul = consul ?? ReadConsul(emptySource, errors)!,
            Jobs = jobs,
            Features = features,
            Edge = edge ?? EdgeConfigReader.Read(emptySource, errors)!,
            Development = development,
            Secrets = secrets,
        }, errors);
    }

    /// <summary>
    /// Every key the stack sets that the reader did not ask for: a misspelt key would otherwise be ignored and its
    /// default used without a word (a typo in <c>homelab:domain</c> deploys certificates for the default domain).
    /// </summary>
    private static void ReportUnknownKeys(AskedKeys source, List<string> errors)
    {
        var known = source.Asked.ToList();
        foreach (var key in source.AllKeys.Order(StringComparer.Ordinal))
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                if (!known.Contains(key, StringComparer.Ordinal))
                {
                    var nearest = NearestName.Of(key, known);
                    errors.Add(ConfigKeys.Problem(key,
                        $"is not a setting of the lab{(nearest is null ? "" : $" (did you mean {ConfigKeys.Full(nearest)}?)")}",
                        nearest is null
                            ? $"pulumi config rm '{ConfigKeys.Full(key)}'"
                            : $"rename it to {ConfigKeys.Full(nearest)} in the stack file, or pulumi config rm '{ConfigKeys.Full(key)}'"));
                }

                continue;
            }

            var space = key[..colon];
            if (!OtherNamespaces.Contains(space, StringComparer.Ordinal))
            {
                var nearest = NearestName.Of(space, [ConfigKeys.Project, .. OtherNamespaces]);
                errors.Add($"{key} is in the namespace '{space}', which nothing in the lab reads{(nearest is null ? "" : $" (did you mean '{nearest}:'?)")}; "
                    + $"the lab's own keys are {ConfigKeys.Full("<key>")}, and {string.Join(", ", OtherNamespaces.Select(n => n + ":"))} go to Pulumi and the providers; "
                    + $"fix: {(nearest is null ? "" : $"rename it to {nearest}:{key[(colon + 1)..]} in the stack file, or ")}pulumi config rm '{key}'");
            }
        }
    }

    private static bool? ReadBool(IConfigSource source, string key, List<string> errors)
    {
        var text = source.Get(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(ConfigKeys.Bad(key, text, "is not true or false", ConfigKeys.SetCommand(key, "true")));
        return null;
    }

    private static Topology? ReadTopology(IConfigSource source, List<string> errors)
    {
        var text = source.Get(ConfigKeys.Topology);
        switch (text)
        {
            case null:
                return LabDefaults.LabTopology;
            case "standard":
                return Topology.Standard;
            case "compact":
                return Topology.Compact;
            default:
                errors.Add(ConfigKeys.Bad(ConfigKeys.Topology, text, "is not one of standard, compact",
                    ConfigKeys.SetCommand(ConfigKeys.Topology, "standard")));
                return null;
        }
    }

    private static NetworkConfig? ReadNetwork(IConfigSource source, PiHostConfig? dnsHost, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(ConfigKeys.Network), ConfigKeys.Network, errors);
        if (fields is null)
        {
            return null;
        }

        var network = new NetworkConfig
        {
            Cidr = fields.String("cidr") ?? LabDefaults.Cidr,
            Gateway = fields.String("gateway") ?? LabDefaults.Gateway,
            // The VMs resolve through the lab's own dnsmasq unless told otherwise, so its address is the default.
            DnsServers = fields.Strings("dnsServers") ?? [dnsHost?.Address ?? LabDefaults.DnsHost.Address],
            UpstreamResolvers = fields.Strings("upstreamResolvers") ?? LabDefaults.UpstreamResolvers,
        };
        fields.ReportUnknownFields();
        return network;
    }

    private static ProxmoxConfig? ReadProxmox(IConfigSource source, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(ConfigKeys.Proxmox), ConfigKeys.Proxmox, errors);
        if (fields is null)
        {
            return null;
        }

        var endpoint = fields.String("endpoint") ?? LabDefaults.ProxmoxEndpoint;
        var insecure = fields.Bool("insecure") ?? false;
        var nodes = fields.Strings("nodes") ?? LabDefaults.ProxmoxNodes;
        var vmDatastore = fields.String("vmDatastore") ?? LabDefaults.VmDatastore;
        var snippetsDatastore = fields.String("snippetsDatastore") ?? LabDefaults.SnippetsDatastore;
        var bridge = fields.String("bridge") ?? LabDefaults.Bridge;
        var templateVmId = fields.Int("templateVmId");
        var cloudImageUrl = fields.String("cloudImageUrl");
        var cloudImageChecksum = fields.String("cloudImageChecksum");
        fields.ReportUnknownFields();
        return new ProxmoxConfig
        {
            Endpoint = endpoint,
            Insecure = insecure,
            Nodes = nodes,
            VmDatastore = vmDatastore,
            SnippetsDatastore = snippetsDatastore,
            Bridge = bridge,
            Template = new TemplateSource
            {
                // The seed's template is the default only while no cloud image is configured instead.
                VmId = templateVmId ?? (cloudImageUrl is null ? LabDefaults.TemplateVmId : null),
                CloudImageUrl = cloudImageUrl,
                CloudImageChecksum = cloudImageChecksum,
            },
        };
    }

    private static RoleConfig? ReadRole(IConfigSource source, string key, RoleConfig defaults, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(key), key, errors);
        if (fields is null)
        {
            return null;
        }

        var role = new RoleConfig
        {
            Count = fields.Int("count") ?? defaults.Count,
            Cores = fields.Int("cores") ?? defaults.Cores,
            MemoryMiB = fields.Int("memoryMiB") ?? defaults.MemoryMiB,
            DiskGiB = fields.Int("diskGiB") ?? defaults.DiskGiB,
            FirstIp = fields.String("firstIp") ?? defaults.FirstIp,
            FirstVmId = fields.Int("firstVmId") ?? defaults.FirstVmId,
            Name = fields.String("name") ?? defaults.Name,
            PveNodes = fields.Strings("pveNodes") ?? defaults.PveNodes,
        };
        fields.ReportUnknownFields();
        return role;
    }

    private static PiHostConfig? ReadPiHost(IConfigSource source, string key, PiHostConfig defaults, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(key), key, errors);
        if (fields is null)
        {
            return null;
        }

        var host = new PiHostConfig
        {
            Name = fields.String("name") ?? defaults.Name,
            Address = fields.String("address") ?? defaults.Address,
            SshUser = fields.String("sshUser") ?? defaults.SshUser,
        };
        fields.ReportUnknownFields();
        return host;
    }

    private static SshConfig? ReadSsh(IConfigSource source, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(ConfigKeys.Ssh), ConfigKeys.Ssh, errors);
        if (fields is null)
        {
            return null;
        }

        var ssh = new SshConfig
        {
            User = fields.String("user") ?? LabDefaults.SshUser,
            // Their own rule (AccessRules) refuses anything but one key line, and says what a pasted private key is.
            PublicKeys = fields.Strings("publicKeys", anyText: true) ?? [],
        };
        fields.ReportUnknownFields();
        return ssh;
    }

    /// <summary>The cloudflare key, and its admin hostnames when the stack sets them (else null, for the default).</summary>
    private static (CloudflareConfig?, IReadOnlyList<string>?) ReadCloudflare(IConfigSource source, string domain, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(ConfigKeys.Cloudflare), ConfigKeys.Cloudflare, errors);
        if (fields is null)
        {
            return (null, null);
        }

        var accountId = fields.String("accountId");
        var zoneId = fields.String("zoneId");
        // The public hostnames usually live in the lab's own domain, which is then the Cloudflare zone.
        var setZoneName = fields.String("zoneName");
        var tunnelName = fields.String("tunnelName") ?? LabDefaults.TunnelName;
        var hostnames = new List<PublicHostname>();
        foreach (var item in fields.Objects("publicHostnames") ?? [])
        {
            hostnames.Add(new PublicHostname { Hostname = item.String("hostname") ?? "" });
            item.ReportUnknownFields();
        }

        var adminHostnames = fields.Strings("adminHostnames");
        var accessEmails = fields.Strings("accessEmails") ?? [];
        fields.ReportUnknownFields();
        return (new CloudflareConfig
        {
            AccountId = accountId,
            ZoneId = zoneId,
            ZoneName = setZoneName ?? domain,
            ZoneNameFromDomain = setZoneName is null,
            TunnelName = tunnelName,
            PublicHostnames = hostnames,
            // Read sets them, once it knows the features the default depends on.
            AdminHostnames = [],
            AccessEmails = accessEmails,
        }, adminHostnames);
    }

    private static NomadConfig? ReadNomad(IConfigSource source, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(ConfigKeys.Nomad), ConfigKeys.Nomad, errors);
        if (fields is null)
        {
            return null;
        }

        var nomad = new NomadConfig
        {
            Region = fields.String("region") ?? LabDefaults.NomadRegion,
            Datacenter = fields.String("datacenter") ?? LabDefaults.NomadDatacenter,
            Version = fields.String("version"),
        };
        fields.ReportUnknownFields();
        return nomad;
    }

    private static ConsulConfig? ReadConsul(IConfigSource source, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(ConfigKeys.Consul), ConfigKeys.Consul, errors);
        if (fields is null)
        {
            return null;
        }

        var consul = new ConsulConfig
        {
            Datacenter = fields.String("datacenter") ?? LabDefaults.ConsulDatacenter,
            Version = fields.String("version"),
        };
        fields.ReportUnknownFields();
        return consul;
    }

    private static FeatureFlags? ReadFeatures(IConfigSource source, List<string> errors)
    {
        var fields = JsonFields.Parse(source.Get(ConfigKeys.Features), ConfigKeys.Features, errors);
        if (fields is null)
        {
            return null;
        }

        var defaults = LabDefaults.Features;
        var features = new FeatureFlags
        {
            Tunnel = fields.Bool("tunnel") ?? defaults.Tunnel,
            Monitoring = fields.Bool("monitoring") ?? defaults.Monitoring,
            EndToEndTls = fields.Bool("endToEndTls") ?? defaults.EndToEndTls,
            ConsulDiscoveryAtEdge = fields.Bool("consulDiscoveryAtEdge") ?? defaults.ConsulDiscoveryAtEdge,
        };
        fields.ReportUnknownFields();
        return features;
    }

    // Get is asked only when the key holds no secret: Pulumi warns when a program reads a secret key with Get.
    private static SecretState ReadSecret(IConfigSource source, string key) =>
        source.HasSecret(key) ? SecretState.Secret
        : source.Get(key) is not null ? SecretState.Plaintext
        : SecretState.Missing;

    /// <summary>A source that records the keys asked for: the keys the lab knows.</summary>
    private sealed class AskedKeys(IConfigSource inner) : IConfigSource
    {
        public HashSet<string> Asked { get; } = new(StringComparer.Ordinal);

        public IReadOnlyCollection<string> AllKeys => inner.AllKeys;

        public string? Get(string key)
        {
            Asked.Add(key);
            return inner.Get(key);
        }

        public bool HasSecret(string key)
        {
            Asked.Add(key);
            return inner.HasSecret(key);
        }

        public Pulumi.Output<string> Secret(string key) => inner.Secret(key);
    }
}
