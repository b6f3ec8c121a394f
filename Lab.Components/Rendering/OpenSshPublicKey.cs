using System.Buffers.Binary;
using System.Text;

namespace Lab.Components.Rendering;

/// <summary>
/// Recognises one OpenSSH public key line, <c>type base64 [comment]</c>, for <c>authorized_keys</c>. Config validation
/// and the cloud-init renderer use the same rule, so a key the stack accepts is a key the VM gets.
/// </summary>
public static class OpenSshPublicKey
{
    private static readonly string[] KeyTypes =
    [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ];

    /// <summary>
    /// True when the blob decodes and begins with the same type name (RFC 4253 §6.6). This catches a private key, a
    /// truncated paste, a blob under the wrong type, and several keys in one string (a line break would add an
    /// unchecked line to <c>authorized_keys</c>).
    /// </summary>
    public static bool IsValidLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Any(char.IsControl))
        {
            return false;
        }

        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !KeyTypes.Contains(parts[0], StringComparer.Ordinal))
        {
            return false;
        }

        var blob = new byte[parts[1].Length];
        if (!Convert.TryFromBase64String(parts[1], blob, out var length) || length < 4)
        {
            return false;
        }

        var typeLength = BinaryPrimitives.ReadUInt32BigEndian(blob);
        return typeLength == parts[0].Length && length >= 4 + typeLength
            && Encoding.ASCII.GetString(blob, 4, (int)typeLength) == parts[0];
    }
}
