using Pulumi;

namespace Lab.Infra.Synth;

/// <summary>
/// A stack-wide transformation that sees every resource as it is created, in creation order, with the args
/// and options it was given. Mocks see neither parents nor options; this does, through public API only.
/// </summary>
internal sealed class ResourceRecorder
{
    private readonly List<RecordedResource> _resources = [];

    public IReadOnlyList<RecordedResource> Resources => _resources;

    public ResourceTransformationResult? Record(ResourceTransformationArgs args)
    {
        lock (_resources)
        {
            _resources.Add(new RecordedResource(args.Resource, args.Args, args.Options));
        }
        return null;
    }
}

internal sealed record RecordedResource(Resource Resource, ResourceArgs Args, ResourceOptions Options);
