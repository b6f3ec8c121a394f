namespace Pulumi;

/// <summary>Options of a component: besides the common ones, the providers its children inherit.</summary>
public sealed class ComponentResourceOptions : ResourceOptions
{
    public List<ProviderResource> Providers { get; set; } = [];

    /// <summary>A new options object: <paramref name="options2"/>'s settings over <paramref name="options1"/>'s, lists concatenated.</summary>
    public static ComponentResourceOptions Merge(ComponentResourceOptions? options1, ComponentResourceOptions? options2)
    {
        var merged = new ComponentResourceOptions();
        foreach (var options in new[] { options1, options2 })
        {
            if (options is null)
            {
                continue;
            }
            MergeInto(merged, options);
            merged.Providers = [.. merged.Providers, .. options.Providers];
        }
        return merged;
    }
}
