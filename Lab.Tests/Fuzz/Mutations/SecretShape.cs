namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Gives a value the shape of a Pulumi secret, whole or broken: <c>{secure: ...}</c> anywhere (inside an object or a
/// list too), an empty or non-text ciphertext, <c>secure</c> next to other keys; or unwraps a secret into plain text.
/// </summary>
public sealed record SecretShape(int Pick, int Kind) : TreeMutation
{
    private const string Cipher = "AAABAHBsYWNlaG9sZGVyIGZ1enoK";

    public override FuzzNode Apply(FuzzNode root)
    {
        if (FuzzTree.Pick(FuzzTree.Children(root), Pick) is not { } site)
        {
            return root;
        }

        return FuzzTree.Update(root, site.Path, node => ((uint)Kind % 8) switch
        {
            0 => Secure(new FuzzInline(Cipher)),
            1 => Secure(new FuzzInline("\"\"")),
            2 => Secure(new FuzzInline("")),
            3 => Secure(new FuzzInline($"[{Cipher}]")),
            4 => Secure(new FuzzMap([new FuzzEntry("secure", new FuzzInline(Cipher))])),
            5 => new FuzzMap([new FuzzEntry("secure", new FuzzInline(Cipher)), new FuzzEntry("other", new FuzzInline("x"))]),
            6 => new FuzzList([Secure(new FuzzInline(Cipher))]),
            // Unwrapped: the ciphertext where the secret was, as if `--secret` had been forgotten.
            _ => node is FuzzMap { Entries: [{ Key: "secure", Value: var cipher }] } ? cipher : new FuzzInline(Cipher),
        });
    }

    private static FuzzMap Secure(FuzzNode value) => new([new FuzzEntry("secure", value)]);
}
