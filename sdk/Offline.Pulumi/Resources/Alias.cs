namespace Pulumi;

/// <summary>A former identity of a resource, so that renaming or re-parenting it is not a replacement.</summary>
public sealed class Alias
{
    public Input<string>? Name { get; set; }

    public bool NoParent { get; set; }

    public Resource? Parent { get; set; }

    public Input<string>? ParentUrn { get; set; }

    public Input<string>? Project { get; set; }

    public Input<string>? Stack { get; set; }

    public Input<string>? Type { get; set; }

    public string? Urn { get; set; }
}
