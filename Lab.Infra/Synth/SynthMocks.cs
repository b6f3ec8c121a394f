using System.Collections.Immutable;
using Pulumi.Testing;

namespace Lab.Infra.Synth;

/// <summary>
/// Deterministic stand-ins for the providers: every resource's state echoes its inputs plus the placeholders of
/// <see cref="SynthComputed"/>, and its id is <c>{name}_id</c>, so two synths of the same config are identical. A provider
/// function the program calls is answered by <see cref="SynthComputed.Call"/>; any other call is a bug and fails the synth.
/// </summary>
internal sealed class SynthMocks : IMocks
{
    private readonly Dictionary<(string Type, string Name), ImmutableDictionary<string, object>> _inputs = [];
    private readonly Dictionary<(string Type, string Name), string> _providers = [];
    private readonly Lock _lock = new();

    /// <summary>The inputs each resource was registered with, by type token and name.</summary>
    public ImmutableDictionary<string, object>? InputsOf(string type, string name)
    {
        lock (_lock)
        {
            return _inputs.GetValueOrDefault((type, name));
        }
    }

    /// <summary>
    /// The URN of the provider the engine would send the resource to, or null for a component or a provider. The mock
    /// monitor hands the reference as <c>&lt;provider urn&gt;::&lt;provider id&gt;</c>, a default provider included.
    /// </summary>
    public string? ProviderOf(string type, string name)
    {
        lock (_lock)
        {
            return _providers.GetValueOrDefault((type, name));
        }
    }

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        lock (_lock)
        {
            _inputs[(args.Type ?? "", args.Name ?? "")] = args.Inputs;
            if (!string.IsNullOrEmpty(args.Provider))
            {
                var reference = args.Provider;
                _providers[(args.Type ?? "", args.Name ?? "")] = reference[..reference.LastIndexOf("::", StringComparison.Ordinal)];
            }
        }
        var state = args.Inputs.SetItems(SynthComputed.For(args.Type ?? "", args.Name ?? "", args.Inputs));
        return Task.FromResult<(string?, object)>((SynthComputed.Id(args.Type ?? "", args.Name ?? "", args.Inputs), state));
    }

    // Declared although the SDK has a default: it keeps this class compiling against SDK versions without one.
    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;

    public Task<object> CallAsync(MockCallArgs args) =>
        Task.FromResult<object>(SynthComputed.Call(args.Token ?? "", args.Args)
            ?? throw new InvalidOperationException($"synth: the program called provider function '{args.Token}', which synth does not mock."));
}
