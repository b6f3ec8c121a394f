namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeEveryoneArgs : global::Pulumi.ResourceArgs
{
}
