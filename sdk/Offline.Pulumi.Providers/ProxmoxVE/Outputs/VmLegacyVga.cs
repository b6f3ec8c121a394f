namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class VmLegacyVga
{
    public readonly string? Clipboard;
    public readonly int? Memory;
    public readonly string? Type;

    [OutputConstructor]
    private VmLegacyVga(
        string? clipboard,
        int? memory,
        string? type)
    {
        Clipboard = clipboard;
        Memory = memory;
        Type = type;
    }
}
