namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessApplicationCorsHeadersArgs : global::Pulumi.ResourceArgs
{
    [Input("allowAllHeaders")]
    public Input<bool>? AllowAllHeaders { get; set; }

    [Input("allowAllMethods")]
    public Input<bool>? AllowAllMethods { get; set; }

    [Input("allowAllOrigins")]
    public Input<bool>? AllowAllOrigins { get; set; }

    [Input("allowCredentials")]
    public Input<bool>? AllowCredentials { get; set; }

    [Input("allowedHeaders")]
    private InputList<string>? _allowedHeaders;

    public InputList<string> AllowedHeaders
    {
        get => _allowedHeaders ??= [];
        set => _allowedHeaders = value;
    }

    [Input("allowedMethods")]
    private InputList<string>? _allowedMethods;

    public InputList<string> AllowedMethods
    {
        get => _allowedMethods ??= [];
        set => _allowedMethods = value;
    }

    [Input("allowedOrigins")]
    private InputList<string>? _allowedOrigins;

    public InputList<string> AllowedOrigins
    {
        get => _allowedOrigins ??= [];
        set => _allowedOrigins = value;
    }

    [Input("maxAge")]
    public Input<double>? MaxAge { get; set; }
}
