namespace Pulumi.Command.Remote.Inputs;

public sealed class ConnectionArgs : global::Pulumi.ResourceArgs
{
    [Input("agentSocketPath")]
    public Input<string>? AgentSocketPath { get; set; }

    [Input("dialErrorLimit")]
    public Input<int>? DialErrorLimit { get; set; }

    [Input("host", required: true)]
    public Input<string> Host { get; set; } = null!;

    [Input("hostKey")]
    public Input<string>? HostKey { get; set; }

    [Input("password")]
    public Input<string>? Password { get; set; }

    [Input("perDialTimeout")]
    public Input<int>? PerDialTimeout { get; set; }

    [Input("port")]
    public Input<double>? Port { get; set; }

    [Input("privateKey")]
    public Input<string>? PrivateKey { get; set; }

    [Input("privateKeyPassword")]
    public Input<string>? PrivateKeyPassword { get; set; }

    [Input("proxy")]
    public Input<Remote.Inputs.ProxyConnectionArgs>? Proxy { get; set; }

    [Input("user")]
    public Input<string>? User { get; set; }

    public ConnectionArgs()
    {
        DialErrorLimit = 10;
        PerDialTimeout = 15;
        Port = 22;
        User = "root";
    }
}
