using System.Collections.Immutable;

namespace Pulumi.Testing;

/// <summary>A resource as the engine asks the mocks to create it.</summary>
public class MockResourceArgs
{
    public string? Type { get; set; }

    public string? Name { get; set; }

    /// <summary>The serialized inputs by [Input] name: nested args as maps, lists as arrays, numbers as doubles, secrets unwrapped.</summary>
    public ImmutableDictionary<string, object> Inputs { get; set; } = ImmutableDictionary<string, object>.Empty;

    /// <summary>The explicit provider's reference, <c>urn::id</c>, or null for the default provider.</summary>
    public string? Provider { get; set; }

    public string? Id { get; set; }
}

/// <summary>A provider function call as the engine hands it to the mocks.</summary>
public class MockCallArgs
{
    public string? Token { get; set; }

    public ImmutableDictionary<string, object> Args { get; set; } = ImmutableDictionary<string, object>.Empty;

    public string? Provider { get; set; }
}

/// <summary>The outputs a component registered.</summary>
public class MockRegisterResourceOutputsRequest
{
    public readonly string Urn;
    public readonly ImmutableDictionary<string, Output<object?>> Outputs;

    public MockRegisterResourceOutputsRequest(string urn, ImmutableDictionary<string, Output<object?>> outputs)
    {
        Urn = urn;
        Outputs = outputs;
    }
}

/// <summary>How TestAsync runs the program: preview or update, and under which project and stack names.</summary>
public class TestOptions
{
    public bool? IsPreview { get; set; }

    public string? OrganizationName { get; set; }

    public string? ProjectName { get; set; }

    public string? RootDirectory { get; set; }

    public string? StackName { get; set; }
}

/// <summary>Mocks that echo nothing: every resource gets no state and no id.</summary>
public class EmptyMocks : IMocks
{
    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(ImmutableDictionary<string, object>.Empty);

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args) =>
        Task.FromResult<(string?, object)>((null, ImmutableDictionary<string, object>.Empty));
}
