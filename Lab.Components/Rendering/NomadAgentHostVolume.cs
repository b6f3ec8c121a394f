namespace Lab.Components.Rendering;

/// <summary>
/// A host volume a Nomad client offers (its <c>client.host_volume</c> block): a host path that a job's group may ask for
/// by <see cref="Name"/> and its tasks mount with <c>volume_mount</c>. Unlike a Podman bind mount in the task's
/// <c>config.volumes</c>, Nomad checks a host volume against the submitting token's <c>host_volume</c> ACL rules.
/// </summary>
/// <param name="Name">The label jobs name as their group volume's source, e.g. <c>journal</c>.</param>
/// <param name="Path">The host path, a directory or a single file; it must exist when a task mounts it.</param>
/// <param name="ReadOnly">True: every mount is read-only, and Nomad places no group that asks to write it.</param>
public sealed record NomadAgentHostVolume(string Name, string Path, bool ReadOnly);
