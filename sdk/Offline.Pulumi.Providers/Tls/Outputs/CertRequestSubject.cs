using System.Collections.Immutable;

namespace Pulumi.Tls.Outputs;

[OutputType]
public sealed class CertRequestSubject
{
    public readonly string? CommonName;
    public readonly string? Country;
    public readonly string? EmailAddress;
    public readonly string? Locality;
    public readonly string? Organization;
    public readonly string? OrganizationalUnit;
    public readonly string? PostalCode;
    public readonly string? Province;
    public readonly string? SerialNumber;
    public readonly ImmutableArray<string> StreetAddresses;

    [OutputConstructor]
    private CertRequestSubject(
        string? commonName,
        string? country,
        string? emailAddress,
        string? locality,
        string? organization,
        string? organizationalUnit,
        string? postalCode,
        string? province,
        string? serialNumber,
        ImmutableArray<string> streetAddresses)
    {
        CommonName = commonName;
        Country = country;
        EmailAddress = emailAddress;
        Locality = locality;
        Organization = organization;
        OrganizationalUnit = organizationalUnit;
        PostalCode = postalCode;
        Province = province;
        SerialNumber = serialNumber;
        StreetAddresses = streetAddresses;
    }
}
