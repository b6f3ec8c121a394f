namespace Pulumi;

/// <summary>Options every resource takes: parent, dependencies, provider, lifecycle flags.</summary>
public abstract class ResourceOptions
{
    protected ResourceOptions()
    {
    }

    public Resource? Parent { get; set; }

    public InputList<Resource> DependsOn { get; set; } = [];

    public bool? Protect { get; set; }

    public List<string> IgnoreChanges { get; set; } = [];

    public List<string> ReplaceOnChanges { get; set; } = [];

    public bool? RetainOnDelete { get; set; }

    public ProviderResource? Provider { get; set; }

    public Input<string>? Id { get; set; }

    public string? Version { get; set; }

    public string? PluginDownloadURL { get; set; }

    public CustomTimeouts? CustomTimeouts { get; set; }

    public List<Input<Alias>> Aliases { get; set; } = [];

    public List<ResourceTransformation> ResourceTransformations { get; set; } = [];

    public Resource? DeletedWith { get; set; }

    public List<string> HideDiffs { get; set; } = [];

    public string? Urn { get; set; }

    /// <summary>Copies every setting of <paramref name="from"/> that is set onto <paramref name="into"/>; lists add up.</summary>
    internal static void MergeInto(ResourceOptions into, ResourceOptions? from)
    {
        if (from is null)
        {
            return;
        }
        into.Parent = from.Parent ?? into.Parent;
        into.DependsOn = into.DependsOn.Concat(from.DependsOn);
        into.Protect = from.Protect ?? into.Protect;
        into.IgnoreChanges = [.. into.IgnoreChanges, .. from.IgnoreChanges];
        into.ReplaceOnChanges = [.. into.ReplaceOnChanges, .. from.ReplaceOnChanges];
        into.RetainOnDelete = from.RetainOnDelete ?? into.RetainOnDelete;
        into.Provider = from.Provider ?? into.Provider;
        into.Id = from.Id ?? into.Id;
        into.Version = from.Version ?? into.Version;
        into.PluginDownloadURL = from.PluginDownloadURL ?? into.PluginDownloadURL;
        into.CustomTimeouts = from.CustomTimeouts ?? into.CustomTimeouts;
        into.Aliases = [.. into.Aliases, .. from.Aliases];
        into.ResourceTransformations = [.. into.ResourceTransformations, .. from.ResourceTransformations];
        into.DeletedWith = from.DeletedWith ?? into.DeletedWith;
        into.HideDiffs = [.. into.HideDiffs, .. from.HideDiffs];
        into.Urn = from.Urn ?? into.Urn;
    }
}
