using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi;

/// <summary>
/// One run of a program under mocks: it registers resources with the mocks, resolves their outputs, holds
/// the config and collects every task and error so the run can end only when all work has settled.
/// </summary>
internal sealed partial class Engine
{
    /// <summary>The sentinel the engine uses for a value that is not known yet.</summary>
    internal const string UnknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private static Engine? s_current;

    private readonly IMocks _mocks;
    private readonly List<Task> _tasks = [];
    private readonly List<Resource> _resources = [];
    private readonly List<Exception> _errors = [];
    private readonly Lock _lock = new();

    public Engine(IMocks mocks, TestOptions options, EngineConfig config)
    {
        _mocks = mocks;
        IsDryRun = options.IsPreview ?? true;
        ProjectName = options.ProjectName ?? "project";
        StackName = options.StackName ?? "stack";
        OrganizationName = options.OrganizationName ?? "organization";
        RootDirectory = options.RootDirectory ?? Directory.GetCurrentDirectory();
        Config = config;
    }

    /// <summary>The run in progress; runs are serial, as the real SDK requires of TestAsync.</summary>
    public static Engine? Current => Volatile.Read(ref s_current);

    public bool IsDryRun { get; }

    public string ProjectName { get; }

    public string StackName { get; }

    public string OrganizationName { get; }

    public string RootDirectory { get; }

    public EngineConfig Config { get; }

    public Resource? Stack { get; set; }

    public ImmutableArray<Resource> Resources
    {
        get
        {
            lock (_lock)
            {
                return [.. _resources];
            }
        }
    }

    public static void Enter(Engine engine)
    {
        if (Interlocked.CompareExchange(ref s_current, engine, null) is not null)
        {
            throw new InvalidOperationException(
                "Another deployment is running in this process: Deployment.TestAsync runs must be serial, not parallel.");
        }
    }

    public static void Exit(Engine engine) => Interlocked.CompareExchange(ref s_current, null, engine);

    public void TrackTask(Task task)
    {
        lock (_lock)
        {
            _tasks.Add(task);
        }
    }

    public void AddError(Exception error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }

    public void Register(Resource resource)
    {
        lock (_lock)
        {
            _resources.Add(resource);
        }
        TrackTask(RegisterAsync(resource));
    }

    public void RegisterOutputs(Resource resource, Output<IReadOnlyDictionary<string, object?>> outputs) =>
        TrackTask(RegisterOutputsAsync(resource, outputs));

    /// <summary>Waits until every registration and every output has settled, then reports the errors, if any.</summary>
    public async Task WhenSettledAsync()
    {
        while (true)
        {
            Task[] pending;
            lock (_lock)
            {
                pending = [.. _tasks.Where(t => !t.IsCompleted)];
            }
            if (pending.Length == 0)
            {
                break;
            }
            try
            {
                await Task.WhenAll(pending).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Each failed task is collected below, once everything has settled.
            }
        }
        List<Exception> errors;
        lock (_lock)
        {
            errors = [.. _errors, .. _tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions)];
        }
        var distinct = errors.Distinct().ToList();
        if (distinct.Count > 0)
        {
            throw new RunException(
                $"Running program failed with {distinct.Count} error(s): {string.Join("; ", distinct.Select(e => e.Message))}",
                distinct.Count == 1 ? distinct[0] : new AggregateException(distinct));
        }
    }

    private async Task RegisterAsync(Resource resource)
    {
        try
        {
            // Yield first so that the derived constructor finishes (and assigns its fields) before registration reads the args.
            await Task.Yield();
            var type = resource.GetResourceType();
            var name = resource.GetResourceName();
            var parentUrn = resource.Parent is null ? null : await ValueOf(resource.Parent.Urn).ConfigureAwait(false);
            var provider = resource.Provider is null ? null : await ProviderReferenceAsync(resource.Provider).ConfigureAwait(false);
            var inputs = await InputSerializer.SerializeAsync(resource.Args, $"{type} '{name}'").ConfigureAwait(false);
            var urn = Urns.Create(ProjectName, StackName, type, name, parentUrn);
            if (type == Resource.StackType)
            {
                resource.ResolveUrn(urn);
                return;
            }
            var requestedId = resource.Options.Id is null ? null : await ValueOf(resource.Options.Id.ToOutput()).ConfigureAwait(false);
            var (id, state) = await _mocks.NewResourceAsync(new MockResourceArgs
            {
                Type = type,
                Name = name,
                Inputs = inputs.Values,
                Provider = provider,
                Id = string.IsNullOrEmpty(requestedId) ? (resource.Options as CustomResourceOptions)?.ImportId : requestedId,
            }).ConfigureAwait(false);
            // As with the engine, the URN is known once the registration returns, so a child registers after its parent.
            var resolved = await MockState.ResolveAsync(state).ConfigureAwait(false);
            resource.ResolveUrn(urn);
            Complete(resource, id, resolved, inputs);
        }
        catch (Exception error)
        {
            resource.Fail(error);
            throw;
        }
    }

    private void Complete(Resource resource, string? id, (ImmutableDictionary<string, object> Values, ImmutableHashSet<string> Secret, ImmutableHashSet<string> Unknown) resolved, SerializedInputs inputs)
    {
        var state = resolved.Values;
        if (resource is CustomResource custom)
        {
            custom.ResolveId(id ?? "", isKnown: !string.IsNullOrEmpty(id) || !IsDryRun);
        }
        var secretOutputs = (resource.Options as CustomResourceOptions)?.AdditionalSecretOutputs ?? [];
        foreach (var slot in resource.OutputSlots)
        {
            // An output echoing a secret input stays secret, as the engine keeps secrets secret across a provider.
            var isSecret = secretOutputs.Contains(slot.Name) || inputs.SecretNames.Contains(slot.Name) || resolved.Secret.Contains(slot.Name);
            if (resolved.Unknown.Contains(slot.Name))
            {
                slot.Resolve(null, isKnown: false, isSecret, resource);
            }
            else if (state.TryGetValue(slot.Name, out var value))
            {
                slot.Resolve(value, isKnown: true, isSecret, resource);
            }
            else
            {
                // What the provider computes is unknown in a preview, and absent (default) after an update.
                slot.Resolve(null, isKnown: !IsDryRun, isSecret, resource);
            }
        }
    }

    private static async Task<string> ProviderReferenceAsync(ProviderResource provider)
    {
        var urn = await ValueOf(provider.Urn).ConfigureAwait(false);
        var id = await provider.Id.DataTask.ConfigureAwait(false);
        return $"{urn}::{(id.IsKnown ? id.Value : UnknownValue)}";
    }

    private async Task RegisterOutputsAsync(Resource resource, Output<IReadOnlyDictionary<string, object?>> outputs)
    {
        var values = await ValueOf(outputs).ConfigureAwait(false);
        var urn = await ValueOf(resource.Urn).ConfigureAwait(false);
        var asOutputs = values.ToImmutableDictionary(p => p.Key, p => p.Value switch
        {
            IOutput output => new Output<object?>(UntypedAsync(output)),
            IInput input => new Output<object?>(UntypedAsync(input.UntypedOutput)),
            var plain => Output.Create<object?>(plain),
        });
        await _mocks.RegisterResourceOutputs(new MockRegisterResourceOutputsRequest(urn, asOutputs)).ConfigureAwait(false);
    }

    private static Task<OutputData<object?>> UntypedAsync(IOutput output) => output.GetDataAsync();

    private static async Task<T> ValueOf<T>(Output<T> output) => (await output.DataTask.ConfigureAwait(false)).Value;
}
