using System.Collections.Immutable;
using Pulumi;

namespace Offline.Pulumi.Tests.Core;

/// <summary>A provider-style resource with every kind of input and output the engine must carry.</summary>
[ResourceType("fake:index/server:Server", "1.0.0")]
public sealed class FakeServer : CustomResource
{
    public FakeServer(string name, FakeServerArgs args, CustomResourceOptions? options = null)
        : base("fake:index/server:Server", name, args,
            CustomResourceOptions.Merge(new CustomResourceOptions { AdditionalSecretOutputs = { "adminPassword" } }, options))
    {
    }

    [Output("hostname")]
    public Output<string> Hostname { get; private set; } = null!;

    [Output("cores")]
    public Output<int> Cores { get; private set; } = null!;

    [Output("ratio")]
    public Output<double?> Ratio { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableArray<string>> Tags { get; private set; } = null!;

    [Output("labels")]
    public Output<ImmutableDictionary<string, string>> Labels { get; private set; } = null!;

    [Output("disk")]
    public Output<FakeDisk?> Disk { get; private set; } = null!;

    [Output("nics")]
    public Output<ImmutableArray<FakeNic>> Nics { get; private set; } = null!;

    [Output("password")]
    public Output<string?> Password { get; private set; } = null!;

    [Output("adminPassword")]
    public Output<string?> AdminPassword { get; private set; } = null!;

    [Output("ipAddress")]
    public Output<string> IpAddress { get; private set; } = null!;
}

public sealed class FakeServerArgs : ResourceArgs
{
    [Input("hostname", required: true)]
    public Input<string> Hostname { get; set; } = null!;

    [Input("cores")]
    public Input<int>? Cores { get; set; }

    [Input("ratio")]
    public Input<double>? Ratio { get; set; }

    [Input("tags")]
    private InputList<string>? _tags;

    public InputList<string> Tags
    {
        get => _tags ??= [];
        set => _tags = value;
    }

    [Input("labels")]
    private InputMap<string>? _labels;

    public InputMap<string> Labels
    {
        get => _labels ??= [];
        set => _labels = value;
    }

    [Input("disk")]
    public Input<FakeDiskArgs>? Disk { get; set; }

    [Input("nics")]
    private InputList<FakeNicArgs>? _nics;

    public InputList<FakeNicArgs> Nics
    {
        get => _nics ??= [];
        set => _nics = value;
    }

    [Input("password")]
    private Input<string>? _password;

    public Input<string>? Password
    {
        get => _password;
        set => _password = value is null ? null : (Input<string>)Output.CreateSecret(value.ToOutput());
    }

    [Input("settings", json: true)]
    public Input<FakeDiskArgs>? Settings { get; set; }
}

public sealed class FakeDiskArgs : ResourceArgs
{
    [Input("sizeGib")]
    public Input<int>? SizeGib { get; set; }

    [Input("datastore")]
    public Input<string>? Datastore { get; set; }
}

public sealed class FakeNicArgs : ResourceArgs
{
    [Input("bridge", required: true)]
    public Input<string> Bridge { get; set; } = null!;
}

[OutputType]
public sealed class FakeDisk
{
    public readonly int? SizeGib;
    public readonly string? Datastore;

    [OutputConstructor]
    private FakeDisk(int? sizeGib, string? datastore)
    {
        SizeGib = sizeGib;
        Datastore = datastore;
    }
}

[OutputType]
public sealed class FakeNic
{
    public readonly string Bridge;

    [OutputConstructor]
    private FakeNic([OutputConstructorParameter("bridge")] string networkBridge) => Bridge = networkBridge;
}

public sealed class FakeProvider : ProviderResource
{
    public FakeProvider(string name, CustomResourceOptions? options = null)
        : base("fake", name, ResourceArgs.Empty, options)
    {
    }
}

/// <summary>A component that creates one server as its child and exposes its hostname.</summary>
public sealed class FakeCluster : ComponentResource
{
    public FakeCluster(string name, ComponentResourceOptions? options = null)
        : base("test:index:FakeCluster", name, options)
    {
        Server = new FakeServer($"{name}-server", new FakeServerArgs { Hostname = $"{name}-0" }, new CustomResourceOptions { Parent = this });
        Hostname = Server.Hostname;
        RegisterOutputs();
    }

    public FakeServer Server { get; }

    [Output("hostname")]
    public Output<string> Hostname { get; private set; }
}
