namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessApplicationPolicy
{
    public readonly string? Decision;
    public readonly string? Id;
    public readonly string? Name;
    public readonly int? Precedence;

    [OutputConstructor]
    private ZeroTrustAccessApplicationPolicy(
        string? decision,
        string? id,
        string? name,
        int? precedence)
    {
        Decision = decision;
        Id = id;
        Name = name;
        Precedence = precedence;
    }
}
