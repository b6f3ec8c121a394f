namespace Pulumi.Consul.Inputs;

public sealed class KeyPrefixSubkeyCollectionArgs : global::Pulumi.ResourceArgs
{
    [Input("flags")]
    public Input<int>? Flags { get; set; }

    [Input("path", required: true)]
    public Input<string> Path { get; set; } = null!;

    [Input("value", required: true)]
    public Input<string> Value { get; set; } = null!;
}
