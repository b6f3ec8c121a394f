namespace Lab.Components.Rendering;

/// <summary>
/// HashiCorp's apt signing key, shipped with the program: the VMs trust the key this program pins, not whatever a
/// public keyserver answers at boot. It is the key HashiCorp serves at https://apt.releases.hashicorp.com/gpg
/// (fingerprint <see cref="Fingerprint"/>, expires 2028-01-10); a test checks the shipped file with gpg.
/// </summary>
public static class HashiCorpAptKey
{
    /// <summary>The primary key's fingerprint, as HashiCorp publishes it on its "Official Packaging Guide" page.</summary>
    public const string Fingerprint = "798AEC654E5C15428C8E42EEAA16FCBCA621E701";

    /// <summary>Where the key goes on a VM; apt reads an ASCII-armored key from a <c>.asc</c> file (<c>signed-by</c>).</summary>
    public const string Path = "/etc/apt/keyrings/hashicorp-archive-keyring.asc";

    /// <summary>The armored public key.</summary>
    public static string Armored { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(HashiCorpAptKey).Assembly.GetManifestResourceStream("hashicorp-archive-keyring.asc")
            ?? throw new InvalidOperationException("the HashiCorp apt key is not embedded in Lab.Components");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
