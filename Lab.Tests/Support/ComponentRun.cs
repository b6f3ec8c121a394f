using System.Collections.Immutable;
using Lab.Infra.Synth;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Lab.Tests.Support;

/// <summary>
/// Runs component code under <see cref="RecordingMocks"/> and a resource transformation that records every
/// resource with its args and options. Mocks cannot see parents; the transformation can, because transformations
/// reach every descendant of the resource they are given to. Callers must not run in parallel (TestAsync).
/// </summary>
public sealed class ComponentRun
{
    private readonly List<Recorded> _recorded = [];

    private ComponentRun()
    {
    }

    /// <summary>Every registration the mocks saw.</summary>
    public RecordingMocks Mocks { get; } = new();

    /// <summary>Every resource created under the recorder, in creation order.</summary>
    public IReadOnlyList<Recorded> Recorded => _recorded;

    /// <summary>Options to give each top-level resource of the test, so that it and its descendants are recorded.</summary>
    public ComponentResourceOptions Options => new() { ResourceTransformations = { Record } };

    /// <summary>Runs <paramref name="create"/> (which gets this run, for <see cref="Options"/>) and waits for every resource.</summary>
    public static async Task<(ComponentRun Run, T Created)> StartAsync<T>(Func<ComponentRun, T> create)
    {
        var run = new ComponentRun();
        T created = default!;
        await Deployment.TestAsync(run.Mocks, new TestOptions { IsPreview = false }, () => { created = create(run); });
        return (run, created);
    }

    /// <summary>(type token, name) of every recorded resource, in creation order.</summary>
    public IReadOnlyList<(string Type, string Name)> TypesAndNames() =>
        [.. _recorded.Select(r => (r.Resource.GetResourceType(), r.Resource.GetResourceName()))];

    /// <summary>The recorded resource of this name.</summary>
    public Recorded Named(string name) => _recorded.Single(r => r.Resource.GetResourceName() == name);

    /// <summary>The inputs the mocks received for the resource of this name.</summary>
    public ImmutableDictionary<string, object> InputsOf(string name) => Mocks.Resources.Single(r => r.Name == name).Inputs;

    /// <summary>Names of the resources <paramref name="name"/> waits for: DependsOn plus the resources its inputs come from.</summary>
    public async Task<IReadOnlyList<string>> DependenciesOfAsync(string name)
    {
        var recorded = Named(name);
        var (_, fromInputs) = await ArgsInspector.InspectAsync(recorded.Args);
        var explicitOnes = await OutputUtilities.GetValueAsync(recorded.Options.DependsOn.ToOutput());
        return [.. fromInputs.Concat(explicitOnes.IsDefault ? [] : explicitOnes)
            .Where(d => d != recorded.Resource)
            .Select(d => d.GetResourceName())
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Input paths of <paramref name="name"/> that are secret, e.g. <c>stdin</c> or <c>connection.privateKey</c>.</summary>
    public async Task<ISet<string>> SecretInputsOfAsync(string name) => (await ArgsInspector.InspectAsync(Named(name).Args)).SecretPaths;

    private ResourceTransformationResult? Record(ResourceTransformationArgs args)
    {
        lock (_recorded)
        {
            _recorded.Add(new Recorded(args.Resource, args.Args, args.Options));
        }

        return null;
    }
}

/// <summary>A resource as the transformation saw it.</summary>
public sealed record Recorded(Resource Resource, ResourceArgs Args, ResourceOptions Options)
{
    /// <summary>Name of the parent, or null for a top-level resource.</summary>
    public string? ParentName => Options.Parent?.GetResourceName();
}
