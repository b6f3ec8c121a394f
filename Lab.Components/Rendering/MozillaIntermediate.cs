namespace Lab.Components.Rendering;

/// <summary>
/// Mozilla's "intermediate" TLS profile (Server Side TLS 5.7, https://ssl-config.mozilla.org/#server=haproxy), as its
/// generator writes it for HAProxy 2.6 with OpenSSL 3: TLS 1.2 and 1.3 only, AEAD ciphers with forward secrecy, no
/// session tickets. The DHE suites stay as Mozilla lists them; the lab's certificates are ECDSA, so they are never
/// chosen by a client that can do ECDHE.
/// </summary>
public static class MozillaIntermediate
{
    /// <summary>TLS 1.2 cipher list (OpenSSL names), in Mozilla's order.</summary>
    public const string Ciphers =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
        + "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
        + "DHE-RSA-CHACHA20-POLY1305";

    /// <summary>TLS 1.3 cipher suites.</summary>
    public const string CipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

    /// <summary>The lowest protocol version, as HAProxy spells it.</summary>
    public const string MinimumVersion = "TLSv1.2";

    /// <summary>HSTS for two years, Mozilla's value.</summary>
    public const string StrictTransportSecurity = "max-age=63072000";
}
