namespace Lab.Infra.Config;

/// <summary>
/// Raw stack config as the Pulumi CLI hands it to the program: keys without the project namespace, object values
/// as JSON text.
/// </summary>
public interface IConfigSource
{
    /// <summary>The value of a plain (non-secret) key, or null when the key is not set.</summary>
    string? Get(string key);

    /// <summary>True when the key holds a Pulumi secret (a <c>secure:</c> value); its value is never needed here.</summary>
    bool HasSecret(string key);

    /// <summary>A secret key's value as a Pulumi secret; only called for keys the validator found present.</summary>
    Pulumi.Output<string> Secret(string key);

    /// <summary>
    /// Every key the stack sets, plain and secret: the project's own without their namespace (<c>domain</c>), the
    /// other namespaces' with theirs (<c>pulumi:tags</c>). The reader reports the ones it does not know; a source
    /// that cannot list its keys returns none.
    /// </summary>
    IReadOnlyCollection<string> AllKeys => [];
}
