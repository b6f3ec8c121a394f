namespace Pulumi.Consul;

[ConsulResourceType("consul:index/configEntry:ConfigEntry")]
public partial class ConfigEntry : global::Pulumi.CustomResource
{
    [Output("configJson")]
    public Output<string?> ConfigJson { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("namespace")]
    public Output<string?> Namespace { get; private set; } = null!;

    [Output("partition")]
    public Output<string?> Partition { get; private set; } = null!;

    public ConfigEntry(string name, ConfigEntryArgs args, CustomResourceOptions? options = null)
        : base("consul:index/configEntry:ConfigEntry", name, args ?? new ConfigEntryArgs(), MakeOptions(options, ""))
    {
    }

    private ConfigEntry(string name, Input<string> id, ConfigEntryState? state = null, CustomResourceOptions? options = null)
        : base("consul:index/configEntry:ConfigEntry", name, state, MakeOptions(options, id))
    {
    }

    public static ConfigEntry Get(string name, Input<string> id, ConfigEntryState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "3.15.1",
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class ConfigEntryArgs : global::Pulumi.ResourceArgs
{
    [Input("configJson")]
    public Input<string>? ConfigJson { get; set; }

    [Input("kind", required: true)]
    public Input<string> Kind { get; set; } = null!;

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }
}

public sealed class ConfigEntryState : global::Pulumi.ResourceArgs
{
    [Input("configJson")]
    public Input<string>? ConfigJson { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("partition")]
    public Input<string>? Partition { get; set; }
}
