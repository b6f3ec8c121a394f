using System.Text.Json;
using Lab.Infra.Config;
using Lab.Tests.Support;

namespace Lab.Tests.Config;

/// <summary>
/// The seed lab as the smallest config source that describes it (everything else is a default), and variants of it
/// made by overriding top-level keys.
/// </summary>
internal static class TestConfigs
{
    public const string PublicKey =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA test@example.com";

    public const string AccountId = "0123456789abcdef0123456789abcdef";
    public const string ZoneId = "fedcba9876543210fedcba9876543210";

    private static readonly string[] Secrets = [ConfigKeys.SshPrivateKey, ConfigKeys.ProxmoxApiToken, ConfigKeys.CloudflareApiToken];

    /// <summary>
    /// The seed source with <paramref name="overridesJson"/> applied: a JSON object whose properties replace
    /// top-level keys. A string is the key's raw text, null removes the key (or the secret), and an object or
    /// array is handed over as its JSON text. Setting a secret key to a string stores it in plain text.
    /// </summary>
    public static DictionaryConfigSource Seed(string overridesJson = "{}")
    {
        var values = new Dictionary<string, string>
        {
            [ConfigKeys.Ssh] = JsonSerializer.Serialize(new { publicKeys = new[] { PublicKey } }),
            [ConfigKeys.Cloudflare] = JsonSerializer.Serialize(new { accountId = AccountId, zoneId = ZoneId }),
        };
        var secrets = new HashSet<string>(Secrets);
        using var overrides = JsonDocument.Parse(overridesJson);
        foreach (var property in overrides.RootElement.EnumerateObject())
        {
            secrets.Remove(property.Name);
            values.Remove(property.Name);
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    values[property.Name] = property.Value.GetString()!;
                    break;
                default:
                    values[property.Name] = property.Value.GetRawText();
                    break;
            }
        }

        return new DictionaryConfigSource(values, secrets);
    }

    /// <summary>Reads a source that must parse, failing the test with the reader's errors otherwise.</summary>
    public static LabConfig Read(IConfigSource source)
    {
        var (config, errors) = LabConfigReader.Read(source);
        Assert.That(errors, Is.Empty);
        return config!;
    }

    /// <summary>Reads a committed stack file.</summary>
    public static LabConfig ReadStack(string stack) =>
        Read(StackFile.Load(StackFile.PathOf(RepoFiles.Root, stack)));
}
