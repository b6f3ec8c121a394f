namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeEveryoneArgs : global::Pulumi.ResourceArgs
{
}
