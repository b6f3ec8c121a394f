namespace Pulumi.Tls.Inputs;

public sealed class SelfSignedCertSubjectGetArgs : global::Pulumi.ResourceArgs
{
    [Input("commonName")]
    public Input<string>? CommonName { get; set; }

    [Input("country")]
    public Input<string>? Country { get; set; }

    [Input("emailAddress")]
    public Input<string>? EmailAddress { get; set; }

    [Input("locality")]
    public Input<string>? Locality { get; set; }

    [Input("organization")]
    public Input<string>? Organization { get; set; }

    [Input("organizationalUnit")]
    public Input<string>? OrganizationalUnit { get; set; }

    [Input("postalCode")]
    public Input<string>? PostalCode { get; set; }

    [Input("province")]
    public Input<string>? Province { get; set; }

    [Input("serialNumber")]
    public Input<string>? SerialNumber { get; set; }

    [Input("streetAddresses")]
    private InputList<string>? _streetAddresses;

    public InputList<string> StreetAddresses
    {
        get => _streetAddresses ??= [];
        set => _streetAddresses = value;
    }
}
