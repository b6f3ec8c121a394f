namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeAnyValidServiceTokenGetArgs : global::Pulumi.ResourceArgs
{
}
