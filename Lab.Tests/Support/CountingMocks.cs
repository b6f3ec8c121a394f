using Pulumi.Testing;

namespace Lab.Tests.Support;

/// <summary>Mocks that only count the resources registered with them, echoing inputs as state.</summary>
public sealed class CountingMocks : IMocks
{
    private int _count;

    public int Count => _count;

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Interlocked.Increment(ref _count);
        return Task.FromResult<(string?, object)>(($"{args.Name}_id", args.Inputs));
    }

    public Task<object> CallAsync(MockCallArgs args) => throw new InvalidOperationException($"Mock call not implemented: {args.Token}");

    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
}
