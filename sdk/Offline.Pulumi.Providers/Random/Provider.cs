namespace Pulumi.Random;

[RandomResourceType("pulumi:providers:random")]
public partial class Provider : global::Pulumi.ProviderResource
{
    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("random", name, args ?? new ProviderArgs(), MakeOptions(options))
    {
    }

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "4.21.1",
        };
        return CustomResourceOptions.Merge(defaults, options);
    }
}

public sealed class ProviderArgs : global::Pulumi.ResourceArgs
{
}
