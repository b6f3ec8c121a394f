using Lab.Components.Components;
using Lab.Tests.Support;
using Pulumi;

namespace Lab.Tests.Components;

/// <summary>The seed lab's values as component args, for component tests.</summary>
internal static class TestLab
{
    public const string SshPrivateKey = "test-ssh-private-key";

    public static LabVmSettings Vm() => new()
    {
        Domain = "lab.example.com",
        Source = VmSource.Template(2204),
        VmDatastore = "local-lvm",
        Bridge = "vmbr0",
        PrefixLength = 24,
        Gateway = "192.168.10.1",
        DnsServers = ["192.168.10.53"],
        AdminUser = "ubuntu",
        SshPublicKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA admin@lab.example.com"],
        SshPrivateKey = Output.CreateSecret(SshPrivateKey),
    };

    public static ClusterNaming Naming { get; } = new("global", "dc1", "dc1");

    public static IReadOnlyList<VmSpec> Servers(int count = 3) =>
        [.. Enumerable.Range(0, count).Select(i => new VmSpec($"vb{i}", $"192.168.10.{120 + i}", 120 + i, "pve0", 4, 12288, 150))];

    public static IReadOnlyList<VmSpec> Clients(int count = 3) =>
        [.. Enumerable.Range(0, count).Select(i => new VmSpec($"vs{i}", $"192.168.10.{130 + i}", 130 + i, "pve0", 4, 12288, 150))];

    /// <summary>The seed lab's servers, named <c>nomad</c>, with their own CA, recorded by <paramref name="run"/>.</summary>
    public static NomadServerCluster Cluster(ComponentRun run, int servers = 3, WorkloadSettings? workloads = null) =>
        new("nomad", new NomadServerClusterArgs
        {
            Servers = Servers(servers),
            Vm = Vm(),
            Naming = Naming,
            Ca = Ca(run.Options),
            Workloads = workloads,
        }, run.Options);

    /// <summary>The seed lab's clients, named <c>clients</c>, joined to <paramref name="cluster"/>.</summary>
    public static ClientPool Pool(ComponentRun run, NomadServerCluster cluster, int clients, WorkloadSettings workloads) =>
        new("clients", new ClientPoolArgs
        {
            Clients = Clients(clients),
            Vm = Vm(),
            Cluster = cluster,
            Workloads = workloads,
        }, run.Options);

    public static InternalCA Ca(ComponentResourceOptions options) =>
        new("ca", new InternalCAArgs { CommonName = "lab.example.com root CA", Organization = "lab.example.com" }, options);
}
