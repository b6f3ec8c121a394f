using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lab.Infra.Synth;

/// <summary>
/// Writes synth's JSON deterministically: maps with keys in ordinal order, two-space indentation, "\n" line
/// endings, and the values secret paths point at replaced by <see cref="Secret"/>.
/// </summary>
internal static class SynthJson
{
    public const string Secret = "[secret]";

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a plain value: strings, numbers, booleans, null, lists and string-keyed maps.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value, ISet<string>? secretPaths = null, string path = "")
    {
        if (secretPaths is not null && path.Length > 0 && secretPaths.Contains(path))
        {
            writer.WriteStringValue(Secret);
            return;
        }
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or double or float or decimal or short or byte:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (var key in map.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!).Order(StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, map[key], secretPaths, path.Length == 0 ? key : $"{path}.{key}");
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in items)
                {
                    WriteValue(writer, item, secretPaths, $"{path}[{index++}]");
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
