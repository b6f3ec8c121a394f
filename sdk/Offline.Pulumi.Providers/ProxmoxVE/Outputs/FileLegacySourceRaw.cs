namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class FileLegacySourceRaw
{
    public readonly string Data;
    public readonly string FileName;
    public readonly int? Resize;

    [OutputConstructor]
    private FileLegacySourceRaw(
        string data,
        string fileName,
        int? resize)
    {
        Data = data;
        FileName = fileName;
        Resize = resize;
    }
}
