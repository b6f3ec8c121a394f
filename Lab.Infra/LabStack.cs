using System.Collections.Immutable;
using Lab.Components.Components;
using Lab.Infra.Config;
using Pulumi;

namespace Lab.Infra;

/// <summary>
/// The whole lab. The only place that reads stack config: it reads and validates it once, before creating any
/// resource, and then builds the components from it.
/// </summary>
public sealed class LabStack : Stack
{
    public LabStack()
        : this(null)
    {
    }

    /// <summary>Used by <c>synth</c> to record every resource through a stack-wide transformation.</summary>
    public LabStack(StackOptions? options)
        : this(new PulumiConfigSource(new Pulumi.Config()), options)
    {
    }

    /// <summary>The stack over config from any source; tests hand it config without the environment.</summary>
    internal LabStack(IConfigSource configSource, StackOptions? options)
        : base(options)
    {
        var lab = ReadConfig(configSource);
        var plan = LabPlan.From(lab);

        var ca = new InternalCA("lab-ca", new InternalCAArgs
        {
            CommonName = $"{lab.Domain} root CA",
            Organization = lab.Domain,
        });

        Nodes = Output.Create(plan.Nodes.ToImmutableDictionary(n => n.Name, n => n.Ip));
        CaCertPem = ca.CertPem;
    }

    /// <summary>Every VM of the plan by name, with its IP address.</summary>
    [Output("nodes")]
    public Output<ImmutableDictionary<string, string>> Nodes { get; private set; }

    /// <summary>The internal CA's root certificate, for clients and other stacks to trust.</summary>
    [Output("caCertPem")]
    public Output<string> CaCertPem { get; private set; }

    private static LabConfig ReadConfig(IConfigSource source)
    {
        var (config, readErrors) = LabConfigReader.Read(source);
        var errors = config is null ? readErrors : [.. readErrors, .. LabConfigValidator.Validate(config)];
        if (errors.Count > 0 || config is null)
        {
            // Message only (hideStack): Pulumi then prints the problems without a stack trace, as for its own config errors.
            throw new ResourceException(string.Join("\n", errors), null, hideStack: true);
        }
        foreach (var warning in LabConfigValidator.Warnings(config))
        {
            Log.Warn(warning);
        }
        return config;
    }
}
