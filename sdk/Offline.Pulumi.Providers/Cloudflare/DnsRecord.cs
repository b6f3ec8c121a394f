using System.Collections.Immutable;

namespace Pulumi.Cloudflare;

[CloudflareResourceType("cloudflare:index/dnsRecord:DnsRecord")]
public partial class DnsRecord : global::Pulumi.CustomResource
{
    [Output("comment")]
    public Output<string?> Comment { get; private set; } = null!;

    [Output("commentModifiedOn")]
    public Output<string> CommentModifiedOn { get; private set; } = null!;

    [Output("content")]
    public Output<string> Content { get; private set; } = null!;

    [Output("createdOn")]
    public Output<string> CreatedOn { get; private set; } = null!;

    [Output("meta")]
    public Output<string> Meta { get; private set; } = null!;

    [Output("modifiedOn")]
    public Output<string> ModifiedOn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("priority")]
    public Output<double?> Priority { get; private set; } = null!;

    [Output("privateRouting")]
    public Output<bool?> PrivateRouting { get; private set; } = null!;

    [Output("proxiable")]
    public Output<bool> Proxiable { get; private set; } = null!;

    [Output("proxied")]
    public Output<bool> Proxied { get; private set; } = null!;

    [Output("settings")]
    public Output<Outputs.DnsRecordSettings> Settings { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableArray<string>> Tags { get; private set; } = null!;

    [Output("tagsModifiedOn")]
    public Output<string> TagsModifiedOn { get; private set; } = null!;

    [Output("ttl")]
    public Output<double> Ttl { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public DnsRecord(string name, DnsRecordArgs args, CustomResourceOptions? options = null)
        : base("cloudflare:index/dnsRecord:DnsRecord", name, args ?? new DnsRecordArgs(), MakeOptions(options, ""))
    {
    }

    private DnsRecord(string name, Input<string> id, DnsRecordState? state = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/dnsRecord:DnsRecord", name, state, MakeOptions(options, id))
    {
    }

    public static DnsRecord Get(string name, Input<string> id, DnsRecordState? state = null, CustomResourceOptions? options = null) =>
        new(name, id, state, options);

    private static CustomResourceOptions MakeOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaults = new CustomResourceOptions
        {
            Version = "6.17.0",
        };
        var merged = CustomResourceOptions.Merge(defaults, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class DnsRecordArgs : global::Pulumi.ResourceArgs
{
    [Input("comment")]
    public Input<string>? Comment { get; set; }

    [Input("content")]
    public Input<string>? Content { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("priority")]
    public Input<double>? Priority { get; set; }

    [Input("privateRouting")]
    public Input<bool>? PrivateRouting { get; set; }

    [Input("proxied")]
    public Input<bool>? Proxied { get; set; }

    [Input("settings")]
    public Input<Inputs.DnsRecordSettingsArgs>? Settings { get; set; }

    [Input("tags")]
    private InputList<string>? _tags;

    public InputList<string> Tags
    {
        get => _tags ??= [];
        set => _tags = value;
    }

    [Input("ttl", required: true)]
    public Input<double> Ttl { get; set; } = null!;

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }
}

public sealed class DnsRecordState : global::Pulumi.ResourceArgs
{
    [Input("comment")]
    public Input<string>? Comment { get; set; }

    [Input("commentModifiedOn")]
    public Input<string>? CommentModifiedOn { get; set; }

    [Input("content")]
    public Input<string>? Content { get; set; }

    [Input("createdOn")]
    public Input<string>? CreatedOn { get; set; }

    [Input("meta")]
    public Input<string>? Meta { get; set; }

    [Input("modifiedOn")]
    public Input<string>? ModifiedOn { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("priority")]
    public Input<double>? Priority { get; set; }

    [Input("privateRouting")]
    public Input<bool>? PrivateRouting { get; set; }

    [Input("proxiable")]
    public Input<bool>? Proxiable { get; set; }

    [Input("proxied")]
    public Input<bool>? Proxied { get; set; }

    [Input("settings")]
    public Input<Inputs.DnsRecordSettingsGetArgs>? Settings { get; set; }

    [Input("tags")]
    private InputList<string>? _tags;

    public InputList<string> Tags
    {
        get => _tags ??= [];
        set => _tags = value;
    }

    [Input("tagsModifiedOn")]
    public Input<string>? TagsModifiedOn { get; set; }

    [Input("ttl")]
    public Input<double>? Ttl { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }
}
