using Pulumi;

namespace Lab.Components.Certificates;

/// <summary>A leaf certificate and its key, issued by <see cref="Components.InternalCA"/>.</summary>
/// <param name="CertPem">The leaf certificate (PEM).</param>
/// <param name="PrivateKeyPem">Its private key (PEM), secret.</param>
/// <param name="CaCertPem">The root that signed it, for the holder's trust store.</param>
public sealed record IssuedCertificate(Output<string> CertPem, Output<string> PrivateKeyPem, Output<string> CaCertPem);
