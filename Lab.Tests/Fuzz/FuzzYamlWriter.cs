using System.Text;

namespace Lab.Tests.Fuzz;

/// <summary>Writes a <see cref="FuzzNode"/> tree as block YAML, two spaces a level, keys and inline text as they are.</summary>
public static class FuzzYamlWriter
{
    public static string Write(FuzzNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = new StringBuilder();
        switch (root)
        {
            case FuzzMap { Entries.Count: > 0 } map when root.Anchor is null:
                WriteEntries(text, map, 0);
                break;
            case FuzzList { Items.Count: > 0 } list when root.Anchor is null:
                WriteItems(text, list, 0);
                break;
            default:
                // An anchored or empty root, or an inline one, is written as the value of an invisible key.
                WriteValue(text, root, 0);
                text.Remove(0, 1);
                break;
        }

        return text.ToString();
    }

    private static void WriteEntries(StringBuilder text, FuzzMap map, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var entry in map.Entries)
        {
            if (entry.Key.StartsWith("? ", StringComparison.Ordinal))
            {
                // An explicit key: the key on its own line(s), the value after a ':' at the key's indentation.
                text.Append(pad).Append(Indented(entry.Key, indent + 2)).Append('\n').Append(pad).Append(':');
            }
            else
            {
                text.Append(pad).Append(entry.Key).Append(':');
            }

            WriteValue(text, entry.Value, indent + 2);
        }
    }

    private static void WriteItems(StringBuilder text, FuzzList list, int indent)
    {
        var pad = new string(' ', indent);
        foreach (var item in list.Items)
        {
            text.Append(pad).Append('-');
            WriteValue(text, item, indent + 2);
        }
    }

    /// <summary>A value after its key's ':' or its item's '-', ending the line; a block map or list follows on the next lines.</summary>
    private static void WriteValue(StringBuilder text, FuzzNode node, int indent)
    {
        if (node.Anchor is { } anchor)
        {
            text.Append(" &").Append(anchor);
        }

        switch (node)
        {
            case FuzzInline { Yaml.Length: 0 }:
                text.Append('\n');
                break;
            case FuzzInline inline:
                text.Append(' ').Append(Indented(inline.Yaml, indent)).Append('\n');
                break;
            case FuzzMap { Entries.Count: 0 }:
                text.Append(" {}\n");
                break;
            case FuzzList { Items.Count: 0 }:
                text.Append(" []\n");
                break;
            case FuzzMap map:
                text.Append('\n');
                WriteEntries(text, map, indent);
                break;
            case FuzzList list:
                text.Append('\n');
                WriteItems(text, list, indent);
                break;
        }
    }

    private static string Indented(string yaml, int indent) =>
        yaml.Replace("\n", "\n" + new string(' ', indent), StringComparison.Ordinal);
}
