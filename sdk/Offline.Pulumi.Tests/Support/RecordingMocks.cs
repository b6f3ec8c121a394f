using System.Collections.Immutable;
using Pulumi.Testing;

namespace Offline.Pulumi.Tests.Support;

/// <summary>
/// Records every resource the engine registers, echoes its inputs back as its state and names its id
/// <c>{name}_id</c>. Extra state per type token can be added with <see cref="Computed"/>, standing in for what
/// a provider would compute. A function call is answered by <see cref="Functions"/> for its token and recorded in
/// <see cref="Calls"/>; any other call fails the test.
/// </summary>
public sealed class RecordingMocks : IMocks
{
    public List<MockResourceArgs> Resources { get; } = [];

    /// <summary>Provider-computed state to add per type token, on top of the echoed inputs.</summary>
    public Dictionary<string, Func<MockResourceArgs, IDictionary<string, object>>> Computed { get; } = [];

    /// <summary>What a provider function returns, per token, standing in for the provider.</summary>
    public Dictionary<string, Func<MockCallArgs, object>> Functions { get; } = [];

    /// <summary>Every function call the mocks answered, in order.</summary>
    public List<MockCallArgs> Calls { get; } = [];

    public MockResourceArgs Single(string type) => Resources.Single(r => r.Type == type);

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        lock (Resources)
        {
            Resources.Add(args);
        }
        var state = ImmutableDictionary.CreateBuilder<string, object>();
        state.AddRange(args.Inputs);
        if (args.Type is not null && Computed.TryGetValue(args.Type, out var compute))
        {
            foreach (var (key, value) in compute(args))
            {
                state[key] = value;
            }
        }
        return Task.FromResult<(string? id, object state)>((args.Id ?? $"{args.Name}_id", state.ToImmutable()));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        if (args.Token is null || !Functions.TryGetValue(args.Token, out var function))
        {
            throw new InvalidOperationException($"Mock call not implemented: {args.Token}");
        }
        lock (Calls)
        {
            Calls.Add(args);
        }
        return Task.FromResult(function(args));
    }
}
