namespace Pulumi;

/// <summary>How long the engine waits for a provider to create, update or delete a resource.</summary>
public sealed class CustomTimeouts
{
    public TimeSpan? Create { get; set; }

    public TimeSpan? Delete { get; set; }

    public TimeSpan? Update { get; set; }
}
