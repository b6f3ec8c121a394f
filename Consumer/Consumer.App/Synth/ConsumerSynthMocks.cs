using System.Collections.Immutable;
using System.Text.Json;
using Pulumi;
using Pulumi.Testing;

namespace Consumer.App.Synth;

/// <summary>
/// Deterministic stand-ins for the engine and the Nomad provider. The stack reference reads as the engine reads one:
/// <c>name</c>, <c>outputs</c> (a secret output's value secret inside the map) and <c>secretOutputNames</c>, from the
/// lab's synth. Every other resource echoes its inputs, with the id <c>{name}_id</c>, except a Nomad job, whose id is
/// the job's ID in its specification, as Nomad's. No provider function is mocked: calling one fails the synth.
/// </summary>
internal sealed class ConsumerSynthMocks(LabSynthOutputs lab) : IMocks
{
    private const string StackReferenceType = "pulumi:pulumi:StackReference";

    private readonly Dictionary<(string Type, string Name), MockResourceArgs> _registered = [];
    private readonly Lock _lock = new();

    /// <summary>What the resource with this type token and name was registered with.</summary>
    public MockResourceArgs? Registered(string type, string name)
    {
        lock (_lock)
        {
            return _registered.GetValueOrDefault((type, name));
        }
    }

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        lock (_lock)
        {
            _registered[(args.Type ?? "", args.Name ?? "")] = args;
        }
        if (args.Type == StackReferenceType)
        {
            var outputs = lab.Values.ToImmutableDictionary(p => p.Key, p => lab.SecretNames.Contains(p.Key) ? Output.CreateSecret(p.Value) : p.Value, StringComparer.Ordinal);
            object state = ImmutableDictionary<string, object>.Empty
                .Add("name", args.Inputs["name"])
                .Add("outputs", outputs)
                .Add("secretOutputNames", lab.SecretNames);
            return Task.FromResult<(string?, object)>((args.Id, state));
        }
        var id = args.Type == "nomad:index/job:Job" && args.Inputs.GetValueOrDefault("jobspec") is string spec ? JobIdOf(spec) : null;
        return Task.FromResult<(string?, object)>((id ?? $"{args.Name}_id", args.Inputs));
    }

    public Task<object> CallAsync(MockCallArgs args) =>
        throw new InvalidOperationException($"synth: the program called provider function '{args.Token}', which synth does not mock.");

    // Declared although the SDK has a default: it keeps this class compiling against SDK versions without one.
    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;

    private static string? JobIdOf(string spec)
    {
        using var document = JsonDocument.Parse(spec);
        return document.RootElement.TryGetProperty("Job", out var job) && job.TryGetProperty("ID", out var id) ? id.GetString() : null;
    }
}
