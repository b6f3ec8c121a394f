using Pulumi;

namespace Lab.Infra;

/// <summary>
/// The cluster's scheduler configuration. The lab's tasks set <c>memory_max</c> above their reserved memory, and Nomad
/// ignores that (the reservation becomes the hard limit) unless memory oversubscription is on; the server agents'
/// <c>default_scheduler_config</c> would apply only when a cluster bootstraps, this resource converges an existing one.
/// </summary>
internal static class NomadScheduler
{
    public static Pulumi.Nomad.SchedulerConfig Create(Pulumi.Nomad.Provider nomad) =>
        new("nomad-scheduler", new Pulumi.Nomad.SchedulerConfigArgs
        {
            SchedulerAlgorithm = "binpack",
            MemoryOversubscriptionEnabled = true,
            // The provider writes the whole configuration: Nomad's own defaults, stated, or system jobs (Fabio, the
            // log shipper) would lose the preemption that lets them onto a full node.
            PreemptionConfig = new InputMap<bool>
            {
                ["system_scheduler_enabled"] = true,
                ["sysbatch_scheduler_enabled"] = false,
                ["batch_scheduler_enabled"] = false,
                ["service_scheduler_enabled"] = false,
            },
        }, new CustomResourceOptions { Provider = nomad });
}
