namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyRequireAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
}
