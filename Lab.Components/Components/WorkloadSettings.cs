namespace Lab.Components.Components;

/// <summary>How nodes that run jobs present themselves to the Nomad scheduler.</summary>
public sealed record WorkloadSettings
{
    /// <summary>Nomad <c>node_class</c>, for job constraints, e.g. <c>general</c>.</summary>
    public required string NodeClass { get; init; }

    /// <summary>Nomad client <c>meta</c>, e.g. <c>{ "role": "client" }</c>.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();
}
