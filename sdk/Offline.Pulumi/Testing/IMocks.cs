namespace Pulumi.Testing;

/// <summary>Stands in for the engine and providers in a test: creates resources and answers calls.</summary>
public interface IMocks
{
    Task<object> CallAsync(MockCallArgs args);

    Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args);

    /// <summary>Called when a component registers its outputs; most mocks need not handle it.</summary>
    Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
}
