namespace Pulumi;

/// <summary>Base of every args class: its [Input] members are what the engine sends for a resource.</summary>
public abstract class InputArgs
{
    protected InputArgs()
    {
    }
}

/// <summary>Args of a resource.</summary>
public abstract class ResourceArgs : InputArgs
{
    public static readonly ResourceArgs Empty = new EmptyResourceArgs();

    protected ResourceArgs()
    {
    }

    private sealed class EmptyResourceArgs : ResourceArgs
    {
    }
}
