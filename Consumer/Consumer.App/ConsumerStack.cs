using Lab.Components.Jobs;
using Pulumi;

namespace Consumer.App;

/// <summary>
/// A stack beside the lab: it reads the lab stack's outputs through a stack reference, builds its own Nomad provider from
/// them (the address, the lab CA, the deploy token), and runs <see cref="HelloJob"/> in the lab's apps namespace. It
/// holds no credential of its own: what it may do on the lab is what the deploy token's policy allows.
/// </summary>
public sealed class ConsumerStack : Stack
{
    public ConsumerStack()
        : this(FromConfig(), null)
    {
    }

    /// <summary>The stack over settings from any source; synth and tests hand them over without Pulumi config.</summary>
    internal ConsumerStack(ConsumerSettings settings, StackOptions? options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var reference = new StackReference("lab", new StackReferenceArgs { Name = settings.LabStack });
        var lab = LabConnection.Read(reference, settings.LabStack);

        // The deploy token only: no management token ever reaches this stack. No client certificate (the lab's D1).
        var nomad = new Pulumi.Nomad.Provider("lab-nomad", new Pulumi.Nomad.ProviderArgs
        {
            Address = lab.NomadAddress,
            CaPem = lab.CaCertPem,
            SecretId = lab.DeployToken,
        });

        // The namespace and the domain come from the lab, so the job's text waits for the reference; it holds no secret.
        var spec = Output.Tuple(lab.AppsNamespace, lab.Domain).Apply(t => JobSpecRenderer.Render(HelloJob.Create(t.Item1, t.Item2)));
        var job = new Pulumi.Nomad.Job(HelloJob.Id, new Pulumi.Nomad.JobArgs
        {
            Jobspec = spec,
            Json = true,
            DeregisterOnDestroy = true,
        }, new CustomResourceOptions { Provider = nomad });

        JobId = job.Id;
        Namespace = lab.AppsNamespace;
        Url = lab.Domain.Apply(domain => $"https://{HelloJob.Host(domain)}/");
        LabStack = Output.Create(settings.LabStack);
    }

    /// <summary>The job's id in Nomad.</summary>
    [Output("jobId")]
    public Output<string> JobId { get; private set; }

    /// <summary>The Nomad namespace the job runs in: the lab's apps namespace.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; private set; }

    /// <summary>Where the service answers, through the lab's edge and Fabio.</summary>
    [Output("url")]
    public Output<string> Url { get; private set; }

    /// <summary>The lab stack this stack reads.</summary>
    [Output("labStack")]
    public Output<string> LabStack { get; private set; }

    private static ConsumerSettings FromConfig()
    {
        var (settings, problem) = ConsumerSettings.Parse(new Pulumi.Config().Get(ConsumerSettings.LabStackKey));
        // Message only (hideStack), as the lab reports its config errors.
        return settings ?? throw new ResourceException(problem!, null, hideStack: true);
    }
}
