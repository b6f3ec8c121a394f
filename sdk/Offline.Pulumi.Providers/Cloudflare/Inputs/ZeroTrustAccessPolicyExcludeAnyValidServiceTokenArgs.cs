namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
}
