using System.Collections.Immutable;

namespace Pulumi.Command.Remote;

[CommandResourceType("command:remote:CopyToRemote")]
public partial class CopyToRemote : global::Pulumi.CustomResource
{
    [Output("connection")]
    public Output<Remote.Outputs.Connection> Connection { get; private set; } = null!;

    [Output("remotePath")]
    public Output<string> RemotePath { get; private set; } = null!;

    [Output("source")]
    public Output<AssetOrArchive> Source { get; private set; } = null!;

    [Output("triggers")]
    public Output<ImmutableArray<object>> Triggers { get; private set; } = null!;

    public CopyToRemote(string name, CopyToRemoteArgs args, CustomResourceOptions? options = null)
        : base("command:remote:CopyToRemote", name, args ?? new CopyToRemoteArgs(), MakeOptions(options, ""))
    {
    }

    private CopyToRemote(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("command:remote:CopyToRemote", name, null, MakeOptions(options, id))
    {
    }

    public static CopyToRemote Get(string name, Input<string> id, CustomResourceOptions? options = null) => new(name, id, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = CommandPackage.Version,
            AdditionalSecretOutputs = { "connection" },
            ReplaceOnChanges = { "triggers[*]" },
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class CopyToRemoteArgs : global::Pulumi.ResourceArgs
{
    [Input("connection", required: true)]
    private Input<Remote.Inputs.ConnectionArgs>? _connection;

    public Input<Remote.Inputs.ConnectionArgs>? Connection
    {
        get => _connection;
        set => _connection = CommandPackage.Secret(value);
    }

    [Input("remotePath", required: true)]
    public Input<string> RemotePath { get; set; } = null!;

    [Input("source", required: true)]
    public Input<AssetOrArchive> Source { get; set; } = null!;

    [Input("triggers")]
    private InputList<object>? _triggers;

    public InputList<object> Triggers
    {
        get => _triggers ??= new();
        set => _triggers = value;
    }
}
