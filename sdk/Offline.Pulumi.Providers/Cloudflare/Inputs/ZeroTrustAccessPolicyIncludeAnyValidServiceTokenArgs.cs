namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessPolicyIncludeAnyValidServiceTokenArgs : global::Pulumi.ResourceArgs
{
}
