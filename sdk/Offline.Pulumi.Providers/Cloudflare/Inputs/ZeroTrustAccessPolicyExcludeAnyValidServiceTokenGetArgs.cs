namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyExcludeAnyValidServiceTokenGetArgs : global::Pulumi.ResourceArgs
{
}
