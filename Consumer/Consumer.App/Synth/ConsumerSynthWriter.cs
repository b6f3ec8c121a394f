using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Consumer.App.Synth;

/// <summary>
/// What synth writes for a consumer stack, deterministically (keys in ordinal order, "\n" line endings, secrets as
/// <c>[secret]</c>): <c>resources.json</c>, <c>outputs.json</c>, each Nomad job's specification under <c>jobs/</c> and
/// <c>summary.md</c>.
/// </summary>
internal static class ConsumerSynthWriter
{
    public const string Secret = "[secret]";

    /// <summary>The files by path relative to the stack's synth folder.</summary>
    public static SortedDictionary<string, string> Files(ConsumerRender render, ConsumerSettings settings, string stack, string labOutputsPath)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["resources.json"] = Json(writer =>
            {
                writer.WriteStartArray();
                foreach (var resource in render.Resources)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", resource.Type);
                    writer.WriteString("name", resource.Name);
                    if (resource.Provider is { } provider)
                    {
                        writer.WriteString("provider", provider);
                    }
                    writer.WritePropertyName("inputs");
                    writer.WriteStartObject();
                    foreach (var (key, value) in resource.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(key);
                        Value(writer, resource.SecretInputs.Contains(key) ? Secret : value);
                    }
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }),
            ["outputs.json"] = Json(writer => Value(writer, render.Outputs.ToDictionary(p => p.Key, p => (object?)(p.Value ?? Secret)))),
            ["summary.md"] = Summary(render, settings, stack, labOutputsPath),
        };
        foreach (var job in Jobs(render))
        {
            files[$"jobs/{job.Name}.json"] = job.Spec;
        }
        return files;
    }

    private static IEnumerable<(string Name, string Spec)> Jobs(ConsumerRender render) =>
        render.Resources.Where(r => r.Type == "nomad:index/job:Job" && r.Inputs.GetValueOrDefault("jobspec") is string && !r.SecretInputs.Contains("jobspec"))
            .Select(r => (r.Name, (string)r.Inputs["jobspec"]));

    private static string Summary(ConsumerRender render, ConsumerSettings settings, string stack, string labOutputsPath)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Synth of consumer stack `{stack}`\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Reads lab stack `{settings.LabStack}`, here from the lab's synth `{labOutputsPath}`:\n\n");
        text.Append("| lab output | secret |\n| --- | --- |\n");
        foreach (var name in LabOutputNames.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{name}` | {(LabOutputNames.Secret.Contains(name) ? "yes" : "no")} |\n");
        }
        text.Append("\n## Resources\n\n| type | name | provider |\n| --- | --- | --- |\n");
        foreach (var resource in render.Resources)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{resource.Type}` | {resource.Name} | {(resource.Provider is { } p ? $"`{p}`" : "")} |\n");
        }
        text.Append("\n## Outputs\n\n| output | value |\n| --- | --- |\n");
        foreach (var (key, value) in render.Outputs)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{key}` | {value ?? Secret} |\n");
        }
        return text.ToString();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Value(Utf8JsonWriter writer, object? value)
    {
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
            case double or int or long:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (var key in map.Keys.Cast<object>().Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!).Order(StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Value(writer, map[key]);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Value(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
