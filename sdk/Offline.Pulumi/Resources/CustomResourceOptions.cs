namespace Pulumi;

/// <summary>Options of a resource managed by a provider.</summary>
public sealed class CustomResourceOptions : ResourceOptions
{
    public List<string> AdditionalSecretOutputs { get; set; } = [];

    public bool? DeleteBeforeReplace { get; set; }

    public string? ImportId { get; set; }

    public Dictionary<string, string> EnvVarMappings { get; set; } = [];

    /// <summary>A new options object: <paramref name="options2"/>'s settings over <paramref name="options1"/>'s, lists concatenated.</summary>
    public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2)
    {
        var merged = new CustomResourceOptions();
        foreach (var options in new[] { options1, options2 })
        {
            if (options is null)
            {
                continue;
            }
            MergeInto(merged, options);
            merged.AdditionalSecretOutputs = [.. merged.AdditionalSecretOutputs, .. options.AdditionalSecretOutputs];
            merged.DeleteBeforeReplace = options.DeleteBeforeReplace ?? merged.DeleteBeforeReplace;
            merged.ImportId = options.ImportId ?? merged.ImportId;
            foreach (var (name, value) in options.EnvVarMappings)
            {
                merged.EnvVarMappings[name] = value;
            }
        }
        return merged;
    }
}
