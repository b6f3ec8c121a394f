namespace Pulumi;

/// <summary>A resource managed by a provider: it has an id once created.</summary>
public class CustomResource : Resource
{
    private readonly TaskCompletionSource<OutputData<string>> _id = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
        : base(type, name, custom: true, args ?? ResourceArgs.Empty, options ?? new CustomResourceOptions())
    {
    }

    [Output("id")]
    public Output<string> Id => field ??= new Output<string>(_id.Task);

    internal void ResolveId(string id, bool isKnown) =>
        _id.TrySetResult(new OutputData<string>(id, isKnown, false, [this]));

    internal override void Fail(Exception error)
    {
        base.Fail(error);
        _id.TrySetException(error);
    }
}
