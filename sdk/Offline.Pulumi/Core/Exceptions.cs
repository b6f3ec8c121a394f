namespace Pulumi;

/// <summary>An error the program reports about itself; Pulumi prints only its message, without a stack trace.</summary>
public class RunException : Exception
{
    public RunException(string message)
        : base(message)
    {
    }

    public RunException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public static RunException OutputsHaveIncorrectType(IEnumerable<string> outputAttributeNames) =>
        new($"[Output] properties must be of type Output<T>: {string.Join(", ", outputAttributeNames)}.");
}

/// <summary>An error about one resource; with <c>hideStack</c> Pulumi prints only its message.</summary>
public class ResourceException : Exception
{
    public ResourceException(string message, Resource? resource, bool hideStack = false)
        : base(message)
    {
        Resource = resource;
        HideStack = hideStack;
    }

    internal Resource? Resource { get; }

    internal bool HideStack { get; }
}
