namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeEveryoneGetArgs : global::Pulumi.ResourceArgs
{
}
