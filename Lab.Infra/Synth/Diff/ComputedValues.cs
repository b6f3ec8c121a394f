using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Lab.Infra.Synth.Diff;

/// <summary>
/// Recognises, in a synth's inputs, a value that another resource's provider computes. synth's mocks give every
/// resource the id <c>{name}_id</c> and the placeholders of <see cref="SynthComputed"/> (keys, certificates, tokens, a
/// VM's MAC addresses), so such a value has the same text in two synths even when that resource is replaced; after a
/// real replacement it is new, and until then it is unknown, which is how <c>pulumi preview</c> shows it.
/// </summary>
internal static class ComputedValues
{
    /// <summary>Whether <paramref name="value"/> holds a value computed for <paramref name="resource"/>.</summary>
    public static bool Mention(string value, SnapshotResource resource)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(resource);
        return Markers(resource).Any(marker => value.Contains(marker, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Markers(SnapshotResource resource)
    {
        yield return $"{resource.Name}_id";
        foreach (var text in SynthComputed.For(resource.Type, resource.Name, ImmutableDictionary<string, object>.Empty).Values.OfType<string>())
        {
            yield return text;
        }
        // A VM's MACs are computed per network device (SynthComputed needs the devices, which the snapshot holds as JSON).
        if (resource.Type == "proxmoxve:index/vmLegacy:VmLegacy" && resource.Inputs["networkDevices"] is JsonArray devices)
        {
            for (var i = 0; i < devices.Count; i++)
            {
                yield return SynthComputed.Mac(resource.Name, i);
            }
        }
    }
}
