using System.Collections.Immutable;

namespace Pulumi.Nomad.Outputs;

[OutputType]
public sealed class JobHcl2
{
    public readonly bool? AllowFs;
    public readonly ImmutableDictionary<string, string>? Vars;

    [OutputConstructor]
    private JobHcl2(
        bool? allowFs,
        ImmutableDictionary<string, string>? vars)
    {
        AllowFs = allowFs;
        Vars = vars;
    }
}
