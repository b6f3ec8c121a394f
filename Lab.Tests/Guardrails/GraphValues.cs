using System.Collections.Immutable;
using Lab.Infra.Synth;

namespace Lab.Tests.Guardrails;

/// <summary>Reading a synthesized resource's inputs and a host's files, for the guardrails.</summary>
internal static class GraphValues
{
    public const string VmType = "proxmoxve:index/vmLegacy:VmLegacy";
    public const string CommandType = "command:remote:Command";

    public static ImmutableDictionary<string, object> Map(object? value) => (ImmutableDictionary<string, object>)value!;

    public static ImmutableArray<object> List(object? value) => value is ImmutableArray<object> list ? list : [];

    public static object? At(this SynthResource resource, params string[] path)
    {
        object? value = resource.Inputs;
        foreach (var key in path)
        {
            value = value is ImmutableDictionary<string, object> map ? map.GetValueOrDefault(key) : null;
        }
        return value;
    }

    /// <summary>The static IP of a VM, from its cloud-init ip config.</summary>
    public static string VmIp(SynthResource vm) =>
        ((string)Map(Map(List(vm.At("initialization", "ipConfigs"))[0])["ipv4"])["address"]).Split('/')[0];

    /// <summary>The remote commands that log in to <paramref name="ip"/>.</summary>
    public static IEnumerable<SynthResource> CommandsOn(this SynthResult graph, string ip) =>
        graph.Resources.Where(r => r.Type == CommandType && r.At("connection", "host") as string == ip);

    /// <summary>The text of a file synth wrote for a host, e.g. <c>vb0</c>, <c>etc/consul.d/consul.json</c>.</summary>
    public static string? File(this SynthResult graph, string host, string path) =>
        graph.Files.SingleOrDefault(f => f.RelativePath == $"{host}/{path}")?.Content;
}
