namespace Lab.Components.Certificates;

/// <summary>What a leaf certificate from <see cref="Components.InternalCA.Issue"/> says about its holder.</summary>
public sealed record LeafCertificateRequest
{
    /// <summary>Subject common name, e.g. <c>vb0.lab.example.com</c>.</summary>
    public required string CommonName { get; init; }

    /// <summary>DNS subject alternative names; TLS clients verify these, not the common name.</summary>
    public required IReadOnlyList<string> DnsNames { get; init; }

    /// <summary>IP subject alternative names.</summary>
    public required IReadOnlyList<string> IpAddresses { get; init; }

    /// <summary>
    /// Valid for 90 days. The seed issued 30-day certificates with renewal switched off; here a shorter life is safe
    /// because <see cref="EarlyRenewalHours"/> replaces the certificate on any <c>pulumi up</c> in its last 30 days.
    /// </summary>
    public int ValidityHours { get; init; } = 90 * 24;

    /// <summary>How long before expiry a <c>pulumi up</c> re-issues the certificate.</summary>
    public int EarlyRenewalHours { get; init; } = 30 * 24;
}
