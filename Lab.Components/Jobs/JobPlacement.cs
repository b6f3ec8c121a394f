namespace Lab.Components.Jobs;

/// <summary>Where the lab's jobs run: the datacenter and the node class of the nodes that run jobs.</summary>
/// <param name="Datacenters">Nomad datacenters, e.g. <c>dc1</c>.</param>
/// <param name="NodeClass">The job nodes' <c>node_class</c>: <c>general</c> on clients, <c>compact</c> on a compact lab's servers.</param>
/// <param name="NodeCount">How many nodes run jobs; a service job runs at most this many copies of a group with a static port.</param>
public sealed record JobPlacement(IReadOnlyList<string> Datacenters, string NodeClass, int NodeCount)
{
    /// <summary>The constraint that keeps a job on the job nodes.</summary>
    public JobConstraint Constraint => new("${node.class}", "=", NodeClass);
}
