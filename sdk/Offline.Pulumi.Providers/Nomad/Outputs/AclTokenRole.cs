namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class AclTokenRole
{
    public readonly string Id;
    public readonly string? Name;

    [OutputConstructor]
    private AclTokenRole(
        string id,
        string? name)
    {
        Id = id;
        Name = name;
    }
}
