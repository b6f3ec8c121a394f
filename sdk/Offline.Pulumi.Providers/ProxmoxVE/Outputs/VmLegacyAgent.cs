namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyAgent
{
    public readonly bool? Enabled;
    public readonly string? Timeout;
    public readonly bool? Trim;
    public readonly string? Type;
    public readonly Outputs.VmLegacyAgentWaitForIp? WaitForIp;

    [OutputConstructor]
    private VmLegacyAgent(
        bool? enabled,
        string? timeout,
        bool? trim,
        string? type,
        Outputs.VmLegacyAgentWaitForIp? waitForIp)
    {
        Enabled = enabled;
        Timeout = timeout;
        Trim = trim;
        Type = type;
        WaitForIp = waitForIp;
    }
}
