using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lab.Infra.Config;

/// <summary>
/// Typed access to one JSON object of stack config, recording an error (key, bad value, expected type, fix) for each
/// field of the wrong type instead of throwing, so that the reader reports every problem at once. Fields nobody
/// asked for are reported by <see cref="ReportUnknownFields"/>: a misspelt key would otherwise fall back to its
/// default without a word.
/// </summary>
internal sealed partial class JsonFields
{
    private readonly JsonElement? _object;
    private readonly string _path;
    private readonly List<string> _errors;
    private readonly List<string> _asked = [];

    private JsonFields(JsonElement? obj, string path, List<string> errors)
    {
        _object = obj;
        _path = path;
        _errors = errors;
    }

    /// <summary>
    /// Reads a top-level object key from its JSON text; a key that is not set reads as an empty object (all
    /// defaults). Returns null, after recording the error, when the text is not a JSON object.
    /// </summary>
    public static JsonFields? Parse(string? json, string key, List<string> errors)
    {
        if (json is null)
        {
            return new JsonFields(null, key, errors);
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            errors.Add(NotAnObject(key, json));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(NotAnObject(key, json));
            return null;
        }

        return new JsonFields(root, key, errors);
    }

    /// <summary>Reads a top-level array-of-strings key from its JSON text; null when not set or not such an array.</summary>
    public static IReadOnlyList<string>? ParseStrings(string? json, string key, List<string> errors)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadStrings(document.RootElement, key, errors, anyText: false);
        }
        catch (JsonException)
        {
            errors.Add(ConfigKeys.Bad(key, json, "is not a JSON array of strings", ConfigKeys.SetCommand($"{key}[0]", "<value>")));
            return null;
        }
    }

    /// <summary>A string field; numbers and booleans are taken as their text (YAML may have typed an id or a version).</summary>
    public string? String(string name)
    {
        if (Field(name) is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => OneLine($"{_path}.{name}", value.GetString()!, _errors),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => Wrong(name, value, "is not a string", "<text>"),
        };
    }

    /// <summary>An integer field; a string holding an integer is accepted, as <c>pulumi config set --path</c> may store one.</summary>
    public int? Int(string name)
    {
        if (Field(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText();
        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        // A whole number too large for any setting is out of range, not "not an integer".
        Wrong(name, value, value.ValueKind is JsonValueKind.String or JsonValueKind.Number && WholeNumber().IsMatch(text)
            ? $"is out of range: no integer setting goes beyond {int.MinValue.ToString(CultureInfo.InvariantCulture)}..{int.MaxValue.ToString(CultureInfo.InvariantCulture)}"
            : "is not an integer", "<integer>");
        return null;
    }

    /// <summary>A boolean field; the strings <c>true</c> and <c>false</c> are accepted too.</summary>
    public bool? Bool(string name)
    {
        if (Field(name) is not { } value)
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed):
                return parsed;
            default:
                Wrong(name, value, "is not true or false", "true");
                return null;
        }
    }

    /// <summary>
    /// An array-of-strings field, each item one line of text (<see cref="OneLine"/>); with <paramref name="anyText"/>
    /// the items are taken as they are, for a setting whose own rule checks them and says better what is wrong.
    /// </summary>
    public IReadOnlyList<string>? Strings(string name, bool anyText = false) =>
        Field(name) is { } value ? ReadStrings(value, $"{_path}.{name}", _errors, anyText) : null;

    /// <summary>
    /// <paramref name="text"/> when it is one line of text; otherwise null, after recording the error. Every text
    /// setting of the lab is a name, an address, a URL or an id: a line break in one is a slip (a YAML block scalar,
    /// <c>key: |</c>, adds one at the end), and the rules' patterns would not all catch it, since a regular
    /// expression's <c>$</c> also matches before a final line break. Found by the fuzz test: <c>domain: |</c> reached
    /// the DNS renderer, and a private key pasted into <c>cloudflare.tunnelName</c> was printed whole by the guard of
    /// the tunnel's unit file.
    /// </summary>
    public static string? OneLine(string path, string text, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        errors.Add(ConfigKeys.Bad(path, text, "holds a line break or another control character, but a setting is one line of text (a YAML block scalar, 'key: |', adds a line break)",
            ConfigKeys.SetCommand(path, "<text>")));
        return null;
    }

    /// <summary>A nested object field; an unset field reads as an empty object.</summary>
    public JsonFields? Object(string name)
    {
        var path = $"{_path}.{name}";
        if (Field(name) is not { } value)
        {
            return new JsonFields(null, path, _errors);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(NotAnObject(path, Quote(value)));
            return null;
        }

        return new JsonFields(value, path, _errors);
    }

    /// <summary>An array-of-objects field; null when unset or when it is not an array of objects.</summary>
    public IReadOnlyList<JsonFields>? Objects(string name)
    {
        if (Field(name) is not { } value)
        {
            return null;
        }

        var path = $"{_path}.{name}";
        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(ConfigKeys.Bad(path, Quote(value), "is not a list", ConfigKeys.SetCommand($"{path}[0]", "<value>")));
            return null;
        }

        var items = new List<JsonFields>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                _errors.Add(NotAnObject(itemPath, Quote(item)));
                return null;
            }

            items.Add(new JsonFields(item, itemPath, _errors));
        }

        return items;
    }

    /// <summary>Records an error for each field of this object that no accessor asked for, in document order.</summary>
    public void ReportUnknownFields()
    {
        if (_object is not { } obj)
        {
            return;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (!_asked.Contains(property.Name, StringComparer.Ordinal))
            {
                var path = $"{_path}.{property.Name}";
                var nearest = NearestName.Of(property.Name, _asked);
                _errors.Add(ConfigKeys.Problem(
                    path,
                    $"is not a known setting{(nearest is null ? "" : $": did you mean '{nearest}'?")} (known: {string.Join(", ", _asked)})",
                    nearest is null
                        ? $"pulumi config rm --path '{ConfigKeys.Full(path)}'"
                        : $"rename it to {ConfigKeys.Full($"{_path}.{nearest}")} in the stack file, or pulumi config rm --path '{ConfigKeys.Full(path)}'"));
            }
        }
    }

    private JsonElement? Field(string name)
    {
        _asked.Add(name);
        if (_object is { } obj && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        return null;
    }

    private string? Wrong(string name, JsonElement value, string problem, string placeholder)
    {
        var path = $"{_path}.{name}";
        _errors.Add(ConfigKeys.Bad(path, Quote(value), problem, ConfigKeys.SetCommand(path, placeholder)));
        return null;
    }

    private static List<string>? ReadStrings(JsonElement value, string path, List<string> errors, bool anyText)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(ConfigKeys.Bad(path, Quote(value), "is not a list", ConfigKeys.SetCommand($"{path}[0]", "<value>")));
            return null;
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            var text = item.ValueKind switch
            {
                JsonValueKind.Number => item.GetRawText(),
                JsonValueKind.String when anyText => item.GetString()!,
                JsonValueKind.String => OneLine(itemPath, item.GetString()!, errors),
                _ => null,
            };
            if (text is not null)
            {
                items.Add(text);
            }
            else if (item.ValueKind is not JsonValueKind.String)
            {
                errors.Add(ConfigKeys.Bad(itemPath, Quote(item), "is not a string", ConfigKeys.SetCommand(itemPath, "<text>")));
            }
        }

        return items.Count == index ? items : null;
    }

    private static string Quote(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static string NotAnObject(string path, string value) =>
        ConfigKeys.Bad(path, value, "is not an object", $"set its fields one by one: {ConfigKeys.SetCommand($"{path}.<field>", "<value>")}");

    [GeneratedRegex(@"^[-+]?[0-9]+([eE]\+?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}
