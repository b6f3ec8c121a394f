using System.Collections.Immutable;
using Lab.Components.Rendering;
using Pulumi;
using Pulumi.Command.Remote;
using Pulumi.Command.Remote.Inputs;

namespace Lab.Components.Components;

/// <summary>Arguments of <see cref="InternalDns"/>.</summary>
public sealed record InternalDnsArgs
{
    /// <summary>The DNS Pi's host name, e.g. <c>rpi0</c>, under which its file is listed.</summary>
    public required string Host { get; init; }

    /// <summary>SSH to the DNS Pi as a user with passwordless sudo (decision D4).</summary>
    public required ConnectionArgs Connection { get; init; }

    /// <summary>What dnsmasq answers: every host of the plan, the wildcard to the edge, <c>.consul</c> to Consul.</summary>
    public required DnsmasqModel Dns { get; init; }
}

/// <summary>
/// dnsmasq on the DNS Pi over SSH: one rendered file (<see cref="DnsmasqConfigRenderer"/>) with an A and a PTR record
/// for every node, Pi and Proxmox host, the lab domain's wildcard to the edge and <c>.consul</c> forwarded to the Consul
/// servers. Its inputs are plan-time values only, so it runs in parallel with the VMs, which resolve through it on
/// their first boot. The push checks the file with <c>dnsmasq --test</c> on the Pi before it replaces the running one.
/// </summary>
public sealed class InternalDns : ComponentResource, IHostFiles
{
    private const string Type = "homelab:index:InternalDns";

    public InternalDns(string name, InternalDnsArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentException.ThrowIfNullOrEmpty(args.Host);
        string config;
        try
        {
            config = DnsmasqConfigRenderer.Render(args.Dns);
        }
        catch (ArgumentException e)
        {
            throw new ResourceException($"{name}: {e.Message}", this, hideStack: true);
        }

        var script = DnsmasqPushScript.Render(config);
        var push = new Command($"{name}-dnsmasq", new CommandArgs
        {
            Connection = args.Connection,
            Create = RemoteShell.SudoBashFromStdin,
            // Nothing secret in it; stdin keeps the file out of every argv all the same (D5).
            Stdin = script,
            // The script again when the file changes (and only then does it restart dnsmasq).
            Triggers = ImmutableArray.Create<object>(Hashes.Sha256(script)),
        }, new CustomResourceOptions { Parent = this });

        Address = Output.Create(args.Dns.ListenAddresses[0]);
        Service = push;
        Files = [new HostFile(args.Host, DnsmasqConfigRenderer.Path, Output.Create(config))];
        RegisterOutputs();
    }

    /// <summary>The address the lab's DNS answers on (the Pi's).</summary>
    [Output("address")]
    public Output<string> Address { get; private set; }

    /// <summary>Finishes when dnsmasq runs with the lab's records.</summary>
    public Resource Service { get; }

    /// <inheritdoc />
    public IReadOnlyList<HostFile> Files { get; }
}
