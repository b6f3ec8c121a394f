namespace Pulumi.ProxmoxVE.Outputs;

[OutputType]
public sealed class FileLegacySourceFile
{
    public readonly bool? Changed;
    public readonly string? Checksum;
    public readonly string? FileName;
    public readonly bool? Insecure;
    public readonly string? MinTls;
    public readonly string Path;

    [OutputConstructor]
    private FileLegacySourceFile(
        bool? changed,
        string? checksum,
        string? fileName,
        bool? insecure,
        string? minTls,
        string path)
    {
        Changed = changed;
        Checksum = checksum;
        FileName = fileName;
        Insecure = insecure;
        MinTls = minTls;
        Path = path;
    }
}
