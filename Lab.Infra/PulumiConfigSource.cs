using Lab.Infra.Config;

namespace Lab.Infra;

/// <summary>The stack's config as Pulumi hands it to the program, seen through <see cref="IConfigSource"/>.</summary>
internal sealed class PulumiConfigSource(Pulumi.Config config) : IConfigSource
{
    public string? Get(string key) => config.Get(key);

    // GetSecret, not Get: reading a secret with Get makes Pulumi warn that the value is no longer treated as secret.
    public bool HasSecret(string key) => config.GetSecret(key) is not null;

    public Pulumi.Output<string> Secret(string key) => config.RequireSecret(key);
}
