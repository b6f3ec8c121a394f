using System.Collections.Immutable;
using Lab.Components.Certificates;
using Lab.Components.Jobs;
using Pulumi;
using Pulumi.Consul;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="LabJobs"/>.</summary>
public sealed record LabJobsArgs
{
    /// <summary>The jobs to run, by id (<see cref="LabJobs.Known"/>), in the stack's order.</summary>
    public required IReadOnlyList<string> Jobs { get; init; }

    /// <summary>Where jobs run.</summary>
    public required JobPlacement Placement { get; init; }

    /// <summary>The lab's domain; routes are <c>&lt;service&gt;.&lt;domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Fabio serves HTTPS on its proxy port with a certificate from <see cref="Ca"/>.</summary>
    public bool EndToEndTls { get; init; }

    /// <summary>The CA whose root the jobs trust (Consul's HTTPS API) and that issues Fabio's certificate.</summary>
    public required InternalCA Ca { get; init; }

    /// <summary>With <c>features.monitoring</c>: Prometheus, Grafana, Loki, the log shipper and the node exporter; null for none.</summary>
    public MonitoringSettings? Monitoring { get; init; }

    /// <summary>What the jobs are registered after: the nodes that run them.</summary>
    public IReadOnlyList<Resource> WaitFor { get; init; } = [];
}

/// <summary>
/// The lab's Nomad jobs with what they need: a Consul ACL policy and token for each job that reads Consul, the token's
/// secret read back with <c>GetAclTokenSecretId</c> and handed over in the job's Nomad Variable (with the CA, and
/// Fabio's TLS key), and the job itself registered from its typed model as JSON. Takes the Consul and Nomad
/// providers through its options (decision D2); its children inherit them.
/// </summary>
public sealed class LabJobs : ComponentResource
{
    private const string Type = "homelab:index:LabJobs";

    /// <summary>The jobs <c>homelab:jobs</c> may name.</summary>
    public static readonly IReadOnlyList<string> Known = [FabioJob.Id, HttpEchoJob.Id];

    public LabJobs(string name, LabJobsArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var unknown = args.Jobs.Where(j => !Known.Contains(j, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new ResourceException($"{name}: no job named {string.Join(", ", unknown)}; the lab has {string.Join(", ", Known)}", this, hideStack: true);
        }

        var ids = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        var specs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in args.Jobs)
        {
            var (job, items) = id switch
            {
                FabioJob.Id => Fabio(name, args),
                _ => (HttpEchoJob.Create(args.Placement, args.Domain), null),
            };
            specs[id] = JobSpecRenderer.Render(job);
            ids[id] = Register($"{name}-{id}", job, specs[id], items, args.WaitFor);
        }
        foreach (var id in args.Monitoring is null ? [] : MonitoringJobs.Ids)
        {
            var job = MonitoringJobs.Create(id, args.Monitoring!);
            specs[id] = JobSpecRenderer.Render(job);
            ids[id] = Register($"{name}-{id}", job, specs[id], MonitoringItems(name, id, args), args.WaitFor);
        }

        Specs = specs;
        JobIds = Output.All(ids.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Apply(v => (p.Key, v))))
            .Apply(pairs => pairs.ToImmutableDictionary(p => p.Key, p => p.v));
        RegisterOutputs();
    }

    /// <summary>Each job's id by name, known once Nomad registered it.</summary>
    [Output("jobIds")]
    public Output<ImmutableDictionary<string, string>> JobIds { get; private set; }

    /// <summary>Each job's rendered specification by id, as it is registered; no secret is in them.</summary>
    public IReadOnlyDictionary<string, string> Specs { get; }

    private (NomadJob Job, Dictionary<string, Output<string>> Items) Fabio(string name, LabJobsArgs args)
    {
        var items = new Dictionary<string, Output<string>>(StringComparer.Ordinal)
        {
            [FabioJob.ConsulTokenItem] = ConsulToken($"{name}-{FabioJob.Id}", FabioJob.Id, JobConsulPolicies.Fabio, "Fabio: reads the catalogue to route"),
            [FabioJob.CaItem] = args.Ca.CertPem,
        };
        if (args.EndToEndTls)
        {
            // The edge balancer verifies fabio.service.consul against the lab CA (its contract, issue 12).
            var cert = args.Ca.Issue($"{name}-{FabioJob.Id}", new LeafCertificateRequest
            {
                CommonName = FabioJob.ServiceDnsName,
                DnsNames = [FabioJob.ServiceDnsName, $"fabio.{args.Domain}", "localhost"],
                IpAddresses = ["127.0.0.1"],
            }, new CustomResourceOptions { Parent = this });
            items[FabioJob.CertItem] = cert.CertPem;
            items[FabioJob.KeyItem] = cert.PrivateKeyPem;
        }
        return (FabioJob.Create(args.Placement, args.EndToEndTls), items);
    }

    /// <summary>What a monitoring job reads from its Variable, or null for a job that needs no secret.</summary>
    private Dictionary<string, Output<string>>? MonitoringItems(string name, string id, LabJobsArgs args) => id switch
    {
        MonitoringJobs.Prometheus => new(StringComparer.Ordinal)
        {
            [MonitoringJobs.ConsulTokenItem] = ConsulToken($"{name}-{id}", id, JobConsulPolicies.Prometheus, "Prometheus: discovers targets and scrapes Consul's metrics"),
            [MonitoringJobs.CaItem] = args.Ca.CertPem,
        },
        MonitoringJobs.Grafana => new(StringComparer.Ordinal)
        {
            // Generated once and kept in state; Grafana sets it on its first start (later changes go through its UI).
            [MonitoringJobs.AdminPasswordItem] = Output.CreateSecret(new Pulumi.Random.RandomPassword($"{name}-grafana-admin-password", new Pulumi.Random.RandomPasswordArgs
            {
                Length = 32,
                Special = false,
            }, new CustomResourceOptions { Parent = this, AdditionalSecretOutputs = { "result" } }).Result),
        },
        _ => null,
    };

    /// <summary>A Consul policy and a token with it; returns the token's secret, read back from Consul, as a secret.</summary>
    private Output<string> ConsulToken(string resourceName, string policyName, string rules, string description)
    {
        var policy = new AclPolicy(resourceName, new AclPolicyArgs
        {
            Name = policyName,
            Description = description,
            Rules = rules,
        }, new CustomResourceOptions { Parent = this });
        var token = new AclToken(resourceName, new AclTokenArgs
        {
            Description = description,
            Policies = { policy.Name },
        }, new CustomResourceOptions { Parent = this });
        // The token resource's id is its accessor id; the secret is read through the same provider.
        var secret = GetAclTokenSecretId.Invoke(new GetAclTokenSecretIdInvokeArgs { AccessorId = token.Id }, new InvokeOptions { Parent = this });
        return Output.CreateSecret(secret.Apply(s => s.SecretId));
    }

    private Output<string> Register(string resourceName, NomadJob job, string spec, Dictionary<string, Output<string>>? items, IReadOnlyList<Resource> waitFor)
    {
        List<Resource> after = [.. waitFor];
        if (items is not null)
        {
            var map = new InputMap<string>();
            foreach (var (key, value) in items.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                map.Add(key, value);
            }
            var variable = new Pulumi.Nomad.Variable(resourceName, new Pulumi.Nomad.VariableArgs
            {
                Namespace = job.Namespace,
                Path = NomadVariables.PathOf(job.Id),
                Items = map,
            }, new CustomResourceOptions { Parent = this });
            // The templates read the Variable when the allocation starts: it must exist first.
            after.Add(variable);
        }
        var registered = new Pulumi.Nomad.Job(resourceName, new Pulumi.Nomad.JobArgs
        {
            Jobspec = spec,
            Json = true,
            // Removing a job from homelab:jobs stops it; its history stays until Nomad's garbage collection.
            DeregisterOnDestroy = true,
        }, new CustomResourceOptions { Parent = this, DependsOn = after });
        return registered.Id;
    }
}
