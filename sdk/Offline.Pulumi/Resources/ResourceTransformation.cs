namespace Pulumi;

/// <summary>
/// Called for every resource created under the resource (or stack) that declares it, before registration; it
/// may return new args and options. A parent's transformations apply to all its descendants.
/// </summary>
public delegate ResourceTransformationResult? ResourceTransformation(ResourceTransformationArgs args);

/// <summary>What a transformation sees: the resource being created, its args and its options.</summary>
public readonly struct ResourceTransformationArgs
{
    public ResourceTransformationArgs(Resource resource, ResourceArgs args, ResourceOptions options)
    {
        Resource = resource;
        Args = args;
        Options = options;
    }

    public ResourceArgs Args { get; }

    public ResourceOptions Options { get; }

    public Resource Resource { get; }
}

/// <summary>The args and options a transformation replaces the originals with.</summary>
public readonly struct ResourceTransformationResult
{
    public ResourceTransformationResult(ResourceArgs args, ResourceOptions options)
    {
        Args = args;
        Options = options;
    }

    public ResourceArgs Args { get; }

    public ResourceOptions Options { get; }
}
