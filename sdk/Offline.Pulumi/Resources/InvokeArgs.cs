namespace Pulumi;

/// <summary>Args of a provider function: its [Input] members are what the engine sends to the provider.</summary>
public abstract class InvokeArgs : InputArgs
{
    public static readonly InvokeArgs Empty = new EmptyInvokeArgs();

    protected InvokeArgs()
    {
    }

    private sealed class EmptyInvokeArgs : InvokeArgs
    {
    }
}
