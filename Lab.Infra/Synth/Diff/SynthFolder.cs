using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lab.Infra.Synth.Diff;

/// <summary>Reads a folder that <c>synth</c> wrote (<c>artifacts/synth/&lt;stack&gt;/</c>) back into a <see cref="SynthSnapshot"/>.</summary>
internal static class SynthFolder
{
    /// <summary>Loads <paramref name="directory"/>.</summary>
    /// <exception cref="SynthFolderException">It is missing, or is not a folder synth wrote.</exception>
    public static SynthSnapshot Load(string directory)
    {
        var resourcesPath = Path.Combine(directory, "resources.json");
        if (!Directory.Exists(directory))
        {
            throw new SynthFolderException($"{directory} does not exist: pass a folder synth wrote, e.g. artifacts/synth/lab");
        }
        if (!File.Exists(resourcesPath))
        {
            throw new SynthFolderException($"{directory} has no resources.json: it is not a folder synth wrote (artifacts/synth/<stack>)");
        }

        try
        {
            var resources = JsonNode.Parse(File.ReadAllText(resourcesPath)) as JsonArray
                ?? throw new SynthFolderException($"{resourcesPath} is not a JSON array");
            var outputsPath = Path.Combine(directory, "outputs.json");
            var outputs = File.Exists(outputsPath) ? JsonNode.Parse(File.ReadAllText(outputsPath)) as JsonObject ?? [] : [];
            return new SynthSnapshot([.. resources.Select((r, i) => Resource(r, i, resourcesPath))], outputs, Files(Path.Combine(directory, "files")));
        }
        catch (JsonException e)
        {
            throw new SynthFolderException($"{directory}: not valid JSON: {e.Message}");
        }
    }

    private static SnapshotResource Resource(JsonNode? node, int index, string path)
    {
        if (node is not JsonObject resource || resource["urn"]?.GetValue<string>() is not { } urn)
        {
            throw new SynthFolderException($"{path}: resource {index} has no urn");
        }
        var digests = (resource["secretDigests"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "", StringComparer.Ordinal);
        return new SnapshotResource(
            urn,
            resource["type"]?.GetValue<string>() ?? "",
            resource["name"]?.GetValue<string>() ?? "",
            [.. (resource["dependencies"] as JsonArray ?? []).Select(d => d?.GetValue<string>() ?? "")],
            resource["inputs"] as JsonObject ?? [],
            digests);
    }

    private static SortedDictionary<string, string> Files(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllText(file);
            }
        }
        return files;
    }
}

/// <summary>A folder <c>synth diff</c> cannot compare; the message names it and what is wrong.</summary>
internal sealed class SynthFolderException(string message) : Exception(message);
