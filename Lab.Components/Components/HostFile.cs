using Pulumi;

namespace Lab.Components.Components;

/// <summary>
/// A file a component puts on a host, as a reviewer may see it: secrets inside are replaced by
/// <see cref="Redacted"/>, so the content is never secret itself. <c>synth</c> writes these under
/// <c>files/&lt;host&gt;/</c>; the resources carry the real content.
/// </summary>
/// <param name="Host">Host name, e.g. <c>vb0</c>.</param>
/// <param name="Path">Absolute path on the host, or a Proxmox volume id (<c>local:snippets/vb0-user-data.yaml</c>) for user data.</param>
/// <param name="Content">The content with secrets redacted.</param>
public sealed record HostFile(string Host, string Path, Output<string> Content)
{
    /// <summary>What stands in for a secret value in a redacted file.</summary>
    public const string Redacted = "[secret]";
}

/// <summary>A component whose files a reviewer (or <c>synth</c>) can list without reading any secret.</summary>
public interface IHostFiles
{
    /// <summary>Every file the component writes, redacted.</summary>
    IReadOnlyList<HostFile> Files { get; }
}
