namespace Lab.Infra.Config;

/// <summary>An existing Raspberry Pi the program configures over SSH (<c>homelab:dnsHost</c>, <c>homelab:edgeHost</c>).</summary>
public sealed record PiHostConfig
{
    /// <summary>Host name, e.g. <c>rpi0</c>; it gets a record in the lab's DNS.</summary>
    public required string Name { get; init; }

    /// <summary>IPv4 address on the lab network.</summary>
    public required string Address { get; init; }

    /// <summary>User the program logs in as (with passwordless sudo).</summary>
    public required string SshUser { get; init; }
}
