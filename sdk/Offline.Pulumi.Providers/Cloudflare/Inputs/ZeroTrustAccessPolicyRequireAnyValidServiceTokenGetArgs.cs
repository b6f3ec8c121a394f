namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireAnyValidServiceTokenGetArgs : global::Pulumi.ResourceArgs
{
}
