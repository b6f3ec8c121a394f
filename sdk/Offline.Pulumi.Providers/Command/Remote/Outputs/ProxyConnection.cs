namespace Pulumi.Command.Remote.Outputs;

[OutputType]
public sealed class ProxyConnection
{
    public readonly string? AgentSocketPath;
    public readonly int? DialErrorLimit;
    public readonly string Host;
    public readonly string? HostKey;
    public readonly string? Password;
    public readonly int? PerDialTimeout;
    public readonly double? Port;
    public readonly string? PrivateKey;
    public readonly string? PrivateKeyPassword;
    public readonly string? User;

    [OutputConstructor]
    private ProxyConnection(
        string? agentSocketPath,
        int? dialErrorLimit,
        string host,
        string? hostKey,
        string? password,
        int? perDialTimeout,
        double? port,
        string? privateKey,
        string? privateKeyPassword,
        string? user)
    {
        AgentSocketPath = agentSocketPath;
        DialErrorLimit = dialErrorLimit;
        Host = host;
        HostKey = hostKey;
        Password = password;
        PerDialTimeout = perDialTimeout;
        Port = port;
        PrivateKey = privateKey;
        PrivateKeyPassword = privateKeyPassword;
        User = user;
    }
}
