namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireEveryoneGetArgs : global::Pulumi.ResourceArgs
{
}
