namespace Lab.Infra.Synth.Picture;

/// <summary>
/// A picture of the lab: the machines it runs on, the hosts on each, the services on each host, and the paths traffic
/// and DNS queries take between services. Built from the config and the plan (<see cref="LabPictureModel"/>), drawn by
/// <see cref="LabPictureDot"/>.
/// </summary>
/// <param name="Machines">Physical machines (a Proxmox node with its VMs, each Pi) and outside parties (the internet,
/// Cloudflare), in drawing order.</param>
/// <param name="Flows">Paths between services, in drawing order.</param>
internal sealed record LabPicture(IReadOnlyList<PictureMachine> Machines, IReadOnlyList<PictureFlow> Flows);

/// <summary>One machine, or an outside party drawn as one.</summary>
/// <param name="Id">A stable id, unique in the picture.</param>
/// <param name="Label">What it is, e.g. <c>pve0: Proxmox VE</c>.</param>
/// <param name="Hosts">The hosts on it: its VMs, or the machine itself.</param>
/// <param name="Outside">Not the lab's: drawn plainer.</param>
internal sealed record PictureMachine(string Id, string Label, IReadOnlyList<PictureHost> Hosts, bool Outside = false);

/// <summary>One host: a VM or a Pi, with its address and what runs on it.</summary>
/// <param name="Id">A stable id, unique in the picture.</param>
/// <param name="Label">Its name, address and role.</param>
/// <param name="Services">What runs on it.</param>
internal sealed record PictureHost(string Id, string Label, IReadOnlyList<PictureService> Services);

/// <summary>A service on a host, e.g. HAProxy, a Consul server or a Nomad job.</summary>
/// <param name="Id">A stable id, unique in the picture; flows name it.</param>
/// <param name="Label">What it is, with its ports.</param>
internal sealed record PictureService(string Id, string Label);

/// <summary>What a flow carries.</summary>
internal enum FlowKind
{
    /// <summary>Requests to the lab's services.</summary>
    Traffic,

    /// <summary>DNS queries.</summary>
    Dns,

    /// <summary>Service discovery and registration through Consul.</summary>
    Discovery,
}

/// <summary>A path from one service to another.</summary>
/// <param name="From">The id of the service that sends.</param>
/// <param name="To">The id of the service that answers.</param>
/// <param name="Label">What travels, e.g. <c>HTTPS :443</c>.</param>
/// <param name="Kind">Traffic, DNS or discovery.</param>
internal sealed record PictureFlow(string From, string To, string Label, FlowKind Kind);
