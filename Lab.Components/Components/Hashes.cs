using System.Security.Cryptography;
using System.Text;

namespace Lab.Components.Components;

/// <summary>Content hashes for remote commands' triggers: a visible hash says what a change re-runs.</summary>
internal static class Hashes
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 text. A hash of secrets reveals nothing of 32 random bytes.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
