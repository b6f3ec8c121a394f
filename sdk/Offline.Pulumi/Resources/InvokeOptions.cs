namespace Pulumi;

/// <summary>How a provider function is called: through which provider, or the provider its parent would use.</summary>
public class InvokeOptions
{
    public InvokeOptions()
    {
    }

    /// <summary>The resource whose provider for the function's package the call uses when <see cref="Provider"/> is not set.</summary>
    public Resource? Parent { get; set; }

    public string? PluginDownloadURL { get; set; }

    public ProviderResource? Provider { get; set; }

    public string? Version { get; set; }
}

/// <summary>Options of an output-returning function call, which can also wait for resources.</summary>
public class InvokeOutputOptions : InvokeOptions
{
    public InvokeOutputOptions()
    {
    }

    /// <summary>Resources the call waits for; the result depends on them.</summary>
    public InputList<Resource> DependsOn
    {
        get => field ??= [];
        set => field = value;
    }
}
