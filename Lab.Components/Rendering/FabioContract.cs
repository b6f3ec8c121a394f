namespace Lab.Components.Rendering;

/// <summary>
/// What the edge expects of Fabio (the Nomad system job on every node that runs jobs, issue 14): the proxy on
/// <see cref="ProxyPort"/>, its UI and <c>GET /health</c> (200) on <see cref="UiPort"/>. With end-to-end TLS the proxy
/// listener is HTTPS with a certificate from the internal CA whose SANs include <see cref="TlsName"/>; the UI and
/// health port stay plain HTTP. The README states the same contract.
/// </summary>
public static class FabioContract
{
    /// <summary>Fabio's proxy listener.</summary>
    public const int ProxyPort = 9999;

    /// <summary>Fabio's UI and health endpoint.</summary>
    public const int UiPort = 9998;

    /// <summary>The health path on <see cref="UiPort"/>.</summary>
    public const string HealthPath = "/health";

    /// <summary>The name Fabio's TLS certificate carries, which HAProxy sends as SNI and verifies.</summary>
    public const string TlsName = "fabio.service.consul";
}
