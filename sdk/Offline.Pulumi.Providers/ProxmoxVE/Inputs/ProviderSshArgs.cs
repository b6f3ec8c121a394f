namespace Pulumi.ProxmoxVE.Inputs;

public sealed class ProviderSshArgs : global::Pulumi.ResourceArgs
{
    [Input("agent")]
    public Input<bool>? Agent { get; set; }

    [Input("agentForwarding")]
    public Input<bool>? AgentForwarding { get; set; }

    [Input("agentSocket")]
    public Input<string>? AgentSocket { get; set; }

    [Input("nodeAddressSource")]
    public Input<string>? NodeAddressSource { get; set; }

    [Input("nodes")]
    private InputList<Inputs.ProviderSshNodeArgs>? _nodes;

    public InputList<Inputs.ProviderSshNodeArgs> Nodes
    {
        get => _nodes ??= new();
        set => _nodes = value;
    }

    [Input("password")]
    private Input<string>? _password;

    public Input<string>? Password
    {
        get => _password;
        set => _password = ProxmoxVEPackage.Secret(value);
    }

    [Input("privateKey")]
    private Input<string>? _privateKey;

    public Input<string>? PrivateKey
    {
        get => _privateKey;
        set => _privateKey = ProxmoxVEPackage.Secret(value);
    }

    [Input("socks5Password")]
    private Input<string>? _socks5Password;

    public Input<string>? Socks5Password
    {
        get => _socks5Password;
        set => _socks5Password = ProxmoxVEPackage.Secret(value);
    }

    [Input("socks5Server")]
    public Input<string>? Socks5Server { get; set; }

    [Input("socks5Username")]
    public Input<string>? Socks5Username { get; set; }

    [Input("username")]
    public Input<string>? Username { get; set; }
}
