namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireEveryoneArgs : global::Pulumi.ResourceArgs
{
}
