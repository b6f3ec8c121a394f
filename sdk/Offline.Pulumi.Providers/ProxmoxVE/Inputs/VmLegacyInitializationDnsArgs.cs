namespace Pulumi.ProxmoxVE.Inputs;

public sealed class VmLegacyInitializationDnsArgs : global::Pulumi.ResourceArgs
{
    [Input("domain")]
    public Input<string>? Domain { get; set; }

    [Input("servers")]
    private InputList<string>? _servers;

    public InputList<string> Servers
    {
        get => _servers ??= new();
        set => _servers = value;
    }
}

public sealed class VmLegacyInitializationDnsGetArgs : global::Pulumi.ResourceArgs
{
    [Input("domain")]
    public Input<string>? Domain { get; set; }

    [Input("servers")]
    private InputList<string>? _servers;

    public InputList<string> Servers
    {
        get => _servers ??= new();
        set => _servers = value;
    }
}
