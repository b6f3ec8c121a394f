namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyInitializationUserAccountArgs : global::Pulumi.ResourceArgs
{
    [Input("keys")]
    private InputList<string>? _keys;

    public InputList<string> Keys
    {
        get => _keys ??= new();
        set => _keys = value;
    }

    [Input("password")]
    private Input<string>? _password;

    public Input<string>? Password
    {
        get => _password;
        set => _password = ProxmoxVEPackage.Secret(value);
    }

    [Input("username")]
    public Input<string>? Username { get; set; }
}

public sealed class VmLegacyInitializationUserAccountGetArgs : global::Pulumi.ResourceArgs
{
    [Input("keys")]
    private InputList<string>? _keys;

    public InputList<string> Keys
    {
        get => _keys ??= new();
        set => _keys = value;
    }

    [Input("password")]
    private Input<string>? _password;

    public Input<string>? Password
    {
        get => _password;
        set => _password = ProxmoxVEPackage.Secret(value);
    }

    [Input("username")]
    public Input<string>? Username { get; set; }
}
