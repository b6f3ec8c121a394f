namespace Pulumi;

/// <summary>An explicitly configured provider; resources take it through their options' Provider(s).</summary>
public class ProviderResource : CustomResource
{
    public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
        : base($"pulumi:providers:{package}", name, args, options)
    {
    }
}
