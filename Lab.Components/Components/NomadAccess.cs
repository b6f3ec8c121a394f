using Pulumi;
using Pulumi.Nomad;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="NomadAccess"/>.</summary>
public sealed record NomadAccessArgs
{
    /// <summary>The namespace other stacks deploy their jobs into, e.g. <c>apps</c>.</summary>
    public required string AppsNamespace { get; init; }
}

/// <summary>
/// Nomad's ACLs after bootstrap: the apps namespace, and three policies each with a token: an operator (every
/// namespace's jobs and variables, drains nodes, reads the agents and Raft, but no ACL and no operator writes), a
/// read-only one, and a deploy policy limited to the apps namespace that other stacks' Nomad providers use. No
/// token is a management token: that stays the cluster's bootstrap token. Takes the Nomad provider through its options.
/// </summary>
public sealed class NomadAccess : ComponentResource
{
    private const string Type = "homelab:index:NomadAccess";

    public NomadAccess(string name, NomadAccessArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrEmpty(args.AppsNamespace);

        var apps = new Namespace($"{name}-{args.AppsNamespace}", new NamespaceArgs
        {
            Name = args.AppsNamespace,
            Description = "Jobs of other stacks, deployed with the lab's deploy token",
        }, new CustomResourceOptions { Parent = this });

        OperatorToken = Token("operator", "Operators: run and inspect every job, drain nodes", NomadPolicies.Operator, []);
        ReadOnlyToken = Token("read-only", "Dashboards and audits: read everything, change nothing", NomadPolicies.ReadOnly, []);
        // The deploy policy names the namespace: it is created first so the policy never refers to a missing one.
        DeployToken = Token("deploy", $"Other stacks: deploy jobs into the {args.AppsNamespace} namespace", NomadPolicies.Deploy(args.AppsNamespace), [apps]);
        AppsNamespace = apps.Name;
        RegisterOutputs();

        Output<string> Token(string key, string description, string rules, IReadOnlyList<Resource> after)
        {
            var policy = new AclPolicy($"{name}-{key}", new AclPolicyArgs
            {
                Name = key,
                Description = description,
                RulesHcl = rules,
            }, new CustomResourceOptions { Parent = this, DependsOn = [.. after] });
            var token = new AclToken($"{name}-{key}", new AclTokenArgs
            {
                Name = key,
                Type = "client",
                Policies = { policy.Name },
                Global = true,
            }, new CustomResourceOptions { Parent = this });
            return Output.CreateSecret(token.SecretId);
        }
    }

    /// <summary>The operator token's secret.</summary>
    [Output("operatorToken")]
    public Output<string> OperatorToken { get; private set; }

    /// <summary>The read-only token's secret.</summary>
    [Output("readOnlyToken")]
    public Output<string> ReadOnlyToken { get; private set; }

    /// <summary>The deploy token's secret: what other stacks' Nomad providers use.</summary>
    [Output("deployToken")]
    public Output<string> DeployToken { get; private set; }

    /// <summary>The apps namespace's name, known once it exists.</summary>
    [Output("appsNamespace")]
    public Output<string> AppsNamespace { get; private set; }
}
