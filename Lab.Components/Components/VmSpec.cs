namespace Lab.Components.Components;

/// <summary>One VM of a role, as the lab's plan fixed it: name, address, pinned id and size.</summary>
/// <param name="Hostname">VM and host name, e.g. <c>vb0</c>; child resources are named after it.</param>
/// <param name="Ip">Static IPv4 address.</param>
/// <param name="VmId">Pinned Proxmox VM id.</param>
/// <param name="PveNode">Proxmox node it runs on.</param>
/// <param name="Cores">vCPUs.</param>
/// <param name="MemoryMiB">Memory in MiB.</param>
/// <param name="DiskGiB">Root disk in GiB.</param>
public sealed record VmSpec(string Hostname, string Ip, int VmId, string PveNode, int Cores, int MemoryMiB, int DiskGiB);
