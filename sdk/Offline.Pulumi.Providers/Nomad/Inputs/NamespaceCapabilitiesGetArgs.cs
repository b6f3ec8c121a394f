namespace Pulumi.Nomad.Inputs;

public sealed class NamespaceCapabilitiesGetArgs : global::Pulumi.ResourceArgs
{
    [Input("disabledNetworkModes")]
    private InputList<string>? _disabledNetworkModes;

    public InputList<string> DisabledNetworkModes
    {
        get => _disabledNetworkModes ??= [];
        set => _disabledNetworkModes = value;
    }

    [Input("disabledTaskDrivers")]
    private InputList<string>? _disabledTaskDrivers;

    public InputList<string> DisabledTaskDrivers
    {
        get => _disabledTaskDrivers ??= [];
        set => _disabledTaskDrivers = value;
    }

    [Input("enabledNetworkModes")]
    private InputList<string>? _enabledNetworkModes;

    public InputList<string> EnabledNetworkModes
    {
        get => _enabledNetworkModes ??= [];
        set => _enabledNetworkModes = value;
    }

    [Input("enabledTaskDrivers")]
    private InputList<string>? _enabledTaskDrivers;

    public InputList<string> EnabledTaskDrivers
    {
        get => _enabledTaskDrivers ??= [];
        set => _enabledTaskDrivers = value;
    }
}
