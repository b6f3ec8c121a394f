namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeEveryoneGetArgs : global::Pulumi.ResourceArgs
{
}
