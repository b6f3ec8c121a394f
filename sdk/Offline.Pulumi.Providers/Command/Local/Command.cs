using System.Collections.Immutable;

namespace Pulumi.Command.Local;

[CommandResourceType("command:local:Command")]
public partial class Command : global::Pulumi.CustomResource
{
    [Output("addPreviousOutputInEnv")]
    public Output<bool?> AddPreviousOutputInEnv { get; private set; } = null!;

    [Output("archive")]
    public Output<Archive?> Archive { get; private set; } = null!;

    [Output("archivePaths")]
    public Output<ImmutableArray<string>> ArchivePaths { get; private set; } = null!;

    [Output("assetPaths")]
    public Output<ImmutableArray<string>> AssetPaths { get; private set; } = null!;

    [Output("assets")]
    public Output<ImmutableDictionary<string, AssetOrArchive>?> Assets { get; private set; } = null!;

    [Output("create")]
    public Output<string?> Create { get; private set; } = null!;

    [Output("delete")]
    public Output<string?> Delete { get; private set; } = null!;

    [Output("dir")]
    public Output<string?> Dir { get; private set; } = null!;

    [Output("environment")]
    public Output<ImmutableDictionary<string, string>?> Environment { get; private set; } = null!;

    [Output("interpreter")]
    public Output<ImmutableArray<string>> Interpreter { get; private set; } = null!;

    [Output("logging")]
    public Output<Local.Logging?> Logging { get; private set; } = null!;

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

    public Command(string name, CommandArgs? args = null, CustomResourceOptions? options = null)
        : base("command:local:Command", name, args ?? new CommandArgs(), MakeOptions(options, ""))
    {
    }

    private Command(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("command:local:Command", name, null, MakeOptions(options, id))
    {
    }

    public static Command Get(string name, Input<string> id, CustomResourceOptions? options = null) => new(name, id, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = CommandPackage.Version,
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

    [Input("archivePaths")]
    private InputList<string>? _archivePaths;

    public InputList<string> ArchivePaths
    {
        get => _archivePaths ??= new();
        set => _archivePaths = value;
    }

    [Input("assetPaths")]
    private InputList<string>? _assetPaths;

    public InputList<string> AssetPaths
    {
        get => _assetPaths ??= new();
        set => _assetPaths = value;
    }

    [Input("create")]
    public Input<string>? Create { get; set; }

    [Input("delete")]
    public Input<string>? Delete { get; set; }

    [Input("dir")]
    public Input<string>? Dir { get; set; }

    [Input("environment")]
    private InputMap<string>? _environment;

    public InputMap<string> Environment
    {
        get => _environment ??= new();
        set => _environment = value;
    }

    [Input("interpreter")]
    private InputList<string>? _interpreter;

    public InputList<string> Interpreter
    {
        get => _interpreter ??= new();
        set => _interpreter = value;
    }

    [Input("logging")]
    public Input<Local.Logging>? Logging { get; set; }

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
