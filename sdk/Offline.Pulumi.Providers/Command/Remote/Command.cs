using System.Collections.Immutable;

namespace Pulumi.Command.Remote;

[CommandResourceType("command:remote:Command")]
public partial class Command : global::Pulumi.CustomResource
{
    [Output("addPreviousOutputInEnv")]
    public Output<bool?> AddPreviousOutputInEnv { get; private set; } = null!;

    [Output("connection")]
    public Output<Remote.Outputs.Connection> Connection { get; private set; } = null!;

    [Output("create")]
    public Output<string?> Create { get; private set; } = null!;

    [Output("delete")]
    public Output<string?> Delete { get; private set; } = null!;

    [Output("environment")]
    public Output<ImmutableDictionary<string, string>?> Environment { get; private set; } = null!;

    [Output("logging")]
    public Output<Remote.Logging?> Logging { get; private set; } = null!;

    [Output("stderr")]
    public Output<string> Stderr { get; private set; } = null!;

    [Output("stdin")]
    public Output<string?> Stdin { get; private set; } = null!;

    [Output("stdout")]
    public Output<string> Stdout { get; private set; } = null!;

    [Output("triggers")]
    public Output<ImmutableArray<object>> Triggers { get; private set; } = null!;

    [Output("update")]
    public Output<string?> Update { get; private set; } = null!;

    public Command(string name, CommandArgs args, CustomResourceOptions? options = null)
        : base("command:remote:Command", name, args ?? new CommandArgs(), MakeOptions(options, ""))
    {
    }

    private Command(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("command:remote:Command", name, null, MakeOptions(options, id))
    {
    }

    public static Command Get(string name, Input<string> id, CustomResourceOptions? options = null) => new(name, id, options);

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

public sealed class CommandArgs : global::Pulumi.ResourceArgs
{
    [Input("addPreviousOutputInEnv")]
    public Input<bool>? AddPreviousOutputInEnv { get; set; }

    [Input("connection", required: true)]
    private Input<Remote.Inputs.ConnectionArgs>? _connection;

    public Input<Remote.Inputs.ConnectionArgs>? Connection
    {
        get => _connection;
        set => _connection = CommandPackage.Secret(value);
    }

    [Input("create")]
    public Input<string>? Create { get; set; }

    [Input("delete")]
    public Input<string>? Delete { get; set; }

    [Input("environment")]
    private InputMap<string>? _environment;

    public InputMap<string> Environment
    {
        get => _environment ??= new();
        set => _environment = value;
    }

    [Input("logging")]
    public Input<Remote.Logging>? Logging { get; set; }

    [Input("stdin")]
    public Input<string>? Stdin { get; set; }

    [Input("triggers")]
    private InputList<object>? _triggers;

    public InputList<object> Triggers
    {
        get => _triggers ??= new();
        set => _triggers = value;
    }

    [Input("update")]
    public Input<string>? Update { get; set; }
}
