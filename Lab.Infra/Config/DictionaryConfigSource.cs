namespace Lab.Infra.Config;

/// <summary>
/// An in-memory <see cref="IConfigSource"/>: plain values by key, and the keys that hold secrets. Secret values are
/// never stored, because the program only needs to know that they are present (they cannot be decrypted offline).
/// </summary>
public sealed class DictionaryConfigSource : IConfigSource
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _secretKeys;
    private readonly List<string> _otherNamespaceKeys;

    /// <summary>
    /// Creates a source from plain values (object values as JSON text), the keys set as secrets, and the keys the
    /// stack sets in other namespaces (with their namespace), whose values the lab never reads.
    /// </summary>
    public DictionaryConfigSource(IEnumerable<KeyValuePair<string, string>> values, IEnumerable<string>? secretKeys = null, IEnumerable<string>? otherNamespaceKeys = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, string>(values, StringComparer.Ordinal);
        _secretKeys = new HashSet<string>(secretKeys ?? [], StringComparer.Ordinal);
        _otherNamespaceKeys = [.. otherNamespaceKeys ?? []];
        var both = _secretKeys.Where(_values.ContainsKey).Order(StringComparer.Ordinal).ToList();
        if (both.Count > 0)
        {
            throw new ArgumentException($"Keys cannot be both plain and secret: {string.Join(", ", both)}", nameof(secretKeys));
        }
    }

    /// <summary>The plain keys, sorted, for callers that list what a stack sets.</summary>
    public IReadOnlyList<string> Keys => [.. _values.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The secret keys, sorted.</summary>
    public IReadOnlyList<string> SecretKeys => [.. _secretKeys.Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public IReadOnlyCollection<string> AllKeys => [.. _values.Keys, .. _secretKeys, .. _otherNamespaceKeys];

    /// <inheritdoc />
    public string? Get(string key) => _values.GetValueOrDefault(key);

    /// <inheritdoc />
    public bool HasSecret(string key) => _secretKeys.Contains(key);

    /// <inheritdoc />
    /// <remarks>A recognisable placeholder, secret like the real value would be: this source stores no secret values.</remarks>
    public Pulumi.Output<string> Secret(string key) => _secretKeys.Contains(key)
        ? Pulumi.Output.CreateSecret($"placeholder for secret {key}")
        : throw new KeyNotFoundException($"secret key '{key}' is not set");
}
