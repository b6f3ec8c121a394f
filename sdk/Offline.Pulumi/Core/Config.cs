using System.Globalization;
using System.Text.Json;

namespace Pulumi;

/// <summary>
/// The stack config of one namespace (by default the project's). Values come from the Pulumi CLI; structured
/// values are JSON text. Secret values should be read with the *Secret methods so they stay secret.
/// </summary>
public sealed class Config
{
    private readonly string _name;

    public Config(string? name = null)
    {
        _name = name ?? Deployment.Instance.ProjectName;
        if (_name.EndsWith(":config", StringComparison.Ordinal))
        {
            _name = _name[..^":config".Length];
        }
    }

    public string? Get(string key)
    {
        var config = EngineOrThrow().Config;
        var fullKey = FullKey(key);
        if (config.SecretKeys.Contains(fullKey))
        {
            Log.Warn($"Configuration '{fullKey}' is a secret; read it with GetSecret or RequireSecret so that it stays secret.");
        }
        return config.Values.GetValueOrDefault(fullKey);
    }

    public string Require(string key) => Get(key) ?? throw Missing(key);

    public bool? GetBoolean(string key) => Parse(key, v => bool.TryParse(v, out var b) ? b : (bool?)null, "Boolean");

    public bool RequireBoolean(string key) => GetBoolean(key) ?? throw Missing(key);

    public int? GetInt32(string key) =>
        Parse(key, v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : (int?)null, "Int32");

    public int RequireInt32(string key) => GetInt32(key) ?? throw Missing(key);

    public double? GetDouble(string key) =>
        Parse(key, v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null, "Double");

    public double RequireDouble(string key) => GetDouble(key) ?? throw Missing(key);

    [return: System.Diagnostics.CodeAnalysis.MaybeNull]
    public T GetObject<T>(string key) => GetObject<T>(key, JsonSerializerOptions.Default);

    [return: System.Diagnostics.CodeAnalysis.MaybeNull]
    public T GetObject<T>(string key, JsonSerializerOptions options)
    {
        var text = GetRaw(key);
        if (text is null)
        {
            return default;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(text, options);
        }
        catch (JsonException e)
        {
            throw new RunException($"Configuration '{FullKey(key)}' value '{text}' is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }

    public T RequireObject<T>(string key) => RequireObject<T>(key, JsonSerializerOptions.Default);

    public T RequireObject<T>(string key, JsonSerializerOptions options) =>
        GetRaw(key) is null ? throw Missing(key) : GetObject<T>(key, options)!;

    public Output<string>? GetSecret(string key) => GetRaw(key) is { } value ? Output.CreateSecret(value) : null;

    public Output<string> RequireSecret(string key) => GetSecret(key) ?? throw Missing(key);

    public Output<bool>? GetSecretBoolean(string key) => GetRaw(key) is null ? null : Output.CreateSecret(RequireBooleanRaw(key));

    public Output<bool> RequireSecretBoolean(string key) => GetSecretBoolean(key) ?? throw Missing(key);

    public Output<int>? GetSecretInt32(string key) =>
        GetRaw(key) is null ? null : Output.CreateSecret(ParseRaw(key, v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : (int?)null, "Int32")!.Value);

    public Output<int> RequireSecretInt32(string key) => GetSecretInt32(key) ?? throw Missing(key);

    public Output<double>? GetSecretDouble(string key) =>
        GetRaw(key) is null ? null : Output.CreateSecret(ParseRaw(key, v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null, "Double")!.Value);

    public Output<double> RequireSecretDouble(string key) => GetSecretDouble(key) ?? throw Missing(key);

    public Output<T>? GetSecretObject<T>(string key) => GetSecretObject<T>(key, JsonSerializerOptions.Default);

    public Output<T>? GetSecretObject<T>(string key, JsonSerializerOptions options) =>
        GetRaw(key) is null ? null : Output.CreateSecret(GetObject<T>(key, options)!);

    public Output<T> RequireSecretObject<T>(string key) => RequireSecretObject<T>(key, JsonSerializerOptions.Default);

    public Output<T> RequireSecretObject<T>(string key, JsonSerializerOptions options) =>
        GetSecretObject<T>(key, options) ?? throw Missing(key);

    private string FullKey(string key) => $"{_name}:{key}";

    private string? GetRaw(string key) => EngineOrThrow().Config.Values.GetValueOrDefault(FullKey(key));

    private bool RequireBooleanRaw(string key) =>
        ParseRaw(key, v => bool.TryParse(v, out var b) ? b : (bool?)null, "Boolean")!.Value;

    private T? Parse<T>(string key, Func<string, T?> parse, string typeName)
        where T : struct => Get(key) is { } text ? parse(text) ?? throw NotA(key, text, typeName) : null;

    private T? ParseRaw<T>(string key, Func<string, T?> parse, string typeName)
        where T : struct => GetRaw(key) is { } text ? parse(text) ?? throw NotA(key, text, typeName) : null;

    private RunException NotA(string key, string text, string typeName) =>
        new($"Configuration '{FullKey(key)}' value '{text}' is not a valid {typeName}.");

    private RunException Missing(string key) =>
        new($"Missing required configuration variable '{FullKey(key)}'\n\tplease set a value using the command `pulumi config set {(_name == Deployment.Instance.ProjectName ? key : FullKey(key))} <value>`");

    private static Engine EngineOrThrow() => Engine.Current ?? throw new InvalidOperationException(
        "Config can only be read while a program runs (Deployment.RunAsync or Deployment.TestAsync).");
}
