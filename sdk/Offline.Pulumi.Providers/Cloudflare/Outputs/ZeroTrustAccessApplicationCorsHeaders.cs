using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustAccessApplicationCorsHeaders
{
    public readonly bool? AllowAllHeaders;
    public readonly bool? AllowAllMethods;
    public readonly bool? AllowAllOrigins;
    public readonly bool? AllowCredentials;
    public readonly ImmutableArray<string> AllowedHeaders;
    public readonly ImmutableArray<string> AllowedMethods;
    public readonly ImmutableArray<string> AllowedOrigins;
    public readonly double? MaxAge;

    [OutputConstructor]
    private ZeroTrustAccessApplicationCorsHeaders(
        bool? allowAllHeaders,
        bool? allowAllMethods,
        bool? allowAllOrigins,
        bool? allowCredentials,
        ImmutableArray<string> allowedHeaders,
        ImmutableArray<string> allowedMethods,
        ImmutableArray<string> allowedOrigins,
        double? maxAge)
    {
        AllowAllHeaders = allowAllHeaders;
        AllowAllMethods = allowAllMethods;
        AllowAllOrigins = allowAllOrigins;
        AllowCredentials = allowCredentials;
        AllowedHeaders = allowedHeaders;
        AllowedMethods = allowedMethods;
        AllowedOrigins = allowedOrigins;
        MaxAge = maxAge;
    }
}
