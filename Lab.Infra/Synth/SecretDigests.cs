using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lab.Infra.Synth;

/// <summary>
/// A short SHA-256 digest of each secret input, so that <c>synth diff</c> can say that a secret changed without showing
/// it. synth never holds a real secret (stack secrets read as a placeholder, keys and tokens are made up by its
/// mocks), so a digest says only which secret inputs, such as a push script on stdin, differ between two synths.
/// </summary>
internal static class SecretDigests
{
    /// <summary>The digest of every secret input of <paramref name="resource"/>, by the path synth writes it at.</summary>
    public static SortedDictionary<string, string> Of(SynthResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (resource.SecretInputs.Count > 0)
        {
            Walk(resource.Inputs, "", resource.SecretInputs, digests);
        }
        return digests;
    }

    // The same paths as SynthJson.WriteValue: `a.b` into maps, `a[0]` into lists.
    private static void Walk(object? value, string path, ISet<string> secrets, SortedDictionary<string, string> digests)
    {
        if (path.Length > 0 && secrets.Contains(path))
        {
            var json = SynthJson.Write(writer => SynthJson.WriteValue(writer, value));
            digests[path] = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
            return;
        }
        switch (value)
        {
            case string:
                return;
            case IDictionary map:
                foreach (var key in map.Keys)
                {
                    var name = Convert.ToString(key, CultureInfo.InvariantCulture)!;
                    Walk(map[key], path.Length == 0 ? name : $"{path}.{name}", secrets, digests);
                }
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", secrets, digests);
                }
                return;
        }
    }
}
