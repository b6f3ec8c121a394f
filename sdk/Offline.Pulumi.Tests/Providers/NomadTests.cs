using System.Collections.Immutable;
using Offline.Pulumi.Tests.Support;
using Pulumi;
using Pulumi.Nomad;
using Pulumi.Nomad.Inputs;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Offline.Pulumi.Tests.Providers;

public sealed class NomadTests
{
    private const string JobType = "nomad:index/job:Job";

    [Test]
    public async Task Provider_registers_as_pulumi_providers_nomad_with_its_secret_id_secret()
    {
        var mocks = new RecordingMocks();

        var provider = await DeployAsync(mocks, () => new Provider("nomad", new ProviderArgs
        {
            Address = "http://nomad.service.consul:4646",
            Region = "lab",
            SecretId = "bootstrap-token",
            SkipVerify = true,
        }));

        var registered = mocks.Single("pulumi:providers:nomad");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Name, Is.EqualTo("nomad"));
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["address"] = "http://nomad.service.consul:4646",
                ["region"] = "lab",
                ["secretId"] = "bootstrap-token",
                ["skipVerify"] = "true",
            }));
            Assert.That(await OutputUtilities.GetValueAsync(provider.Address), Is.EqualTo("http://nomad.service.consul:4646"));
            Assert.That(await OutputUtilities.GetValueAsync(provider.SecretId), Is.EqualTo("bootstrap-token"));
            Assert.That(await Output.IsSecretAsync(provider.SecretId), Is.True);
            Assert.That(await Output.IsSecretAsync(provider.Address), Is.False);
        }
    }

    [Test]
    public async Task Job_sends_its_jobspec_and_hcl2_vars_through_the_given_provider()
    {
        var mocks = new RecordingMocks();
        mocks.Computed[JobType] = _ => new Dictionary<string, object>
        {
            ["name"] = "traefik",
            ["namespace"] = "default",
            ["status"] = "running",
            ["modifyIndex"] = "42",
            ["datacenters"] = new[] { "lab" },
            ["taskGroups"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["name"] = "traefik",
                    ["count"] = 2,
                    ["meta"] = new Dictionary<string, object> { ["tier"] = "edge" },
                    ["tasks"] = new object[]
                    {
                        new Dictionary<string, object>
                        {
                            ["name"] = "traefik",
                            ["driver"] = "docker",
                            ["volumeMounts"] = new object[]
                            {
                                new Dictionary<string, object> { ["volume"] = "certs", ["destination"] = "/certs", ["readOnly"] = true },
                            },
                        },
                    },
                },
            },
        };
        Provider? provider = null;

        var job = await DeployAsync(mocks, () =>
        {
            provider = new Provider("nomad", new ProviderArgs { Address = "http://nomad:4646" });
            return new Job("traefik", new JobArgs
            {
                Jobspec = "job \"traefik\" { }",
                Hcl2 = new JobHcl2Args
                {
                    AllowFs = false,
                    Vars = { ["image"] = "traefik:v3.1", ["replicas"] = "2" },
                },
                Detach = false,
                PurgeOnDestroy = true,
            }, new CustomResourceOptions { Provider = provider });
        });

        var registered = mocks.Single(JobType);
        var providerUrn = await OutputUtilities.GetValueAsync(provider!.Urn);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Provider, Is.EqualTo($"{providerUrn}::nomad_id"));
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["jobspec"] = "job \"traefik\" { }",
                ["hcl2"] = new Dictionary<string, object>
                {
                    ["allowFs"] = false,
                    ["vars"] = new Dictionary<string, object> { ["image"] = "traefik:v3.1", ["replicas"] = "2" },
                },
                ["detach"] = false,
                ["purgeOnDestroy"] = true,
            }));
            Assert.That(registered.Inputs["hcl2"], Is.TypeOf<ImmutableDictionary<string, object>>());
            Assert.That(await OutputUtilities.GetValueAsync(job.Status), Is.EqualTo("running"));
            Assert.That(await OutputUtilities.GetValueAsync(job.ModifyIndex), Is.EqualTo("42"));
            Assert.That(await OutputUtilities.GetValueAsync(job.Datacenters), Is.EqualTo(new[] { "lab" }));
            Assert.That(await OutputUtilities.GetValueAsync(job.PurgeOnDestroy), Is.True);
        }
        var hcl2 = await OutputUtilities.GetValueAsync(job.Hcl2);
        var group = (await OutputUtilities.GetValueAsync(job.TaskGroups)).Single();
        var task = group.Tasks.Single();
        var mount = task.VolumeMounts.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(hcl2!.AllowFs, Is.False);
            Assert.That(hcl2.Vars, Is.EqualTo(new Dictionary<string, string> { ["image"] = "traefik:v3.1", ["replicas"] = "2" }));
            Assert.That(group.Name, Is.EqualTo("traefik"));
            Assert.That(group.Count, Is.EqualTo(2));
            Assert.That(group.Meta, Is.EqualTo(new Dictionary<string, string> { ["tier"] = "edge" }));
            Assert.That(task.Driver, Is.EqualTo("docker"));
            Assert.That(mount.Volume, Is.EqualTo("certs"));
            Assert.That(mount.Destination, Is.EqualTo("/certs"));
            Assert.That(mount.ReadOnly, Is.True);
        }
    }

    [Test]
    public async Task AclPolicy_sends_its_rules_and_job_acl()
    {
        var mocks = new RecordingMocks();

        var policy = await DeployAsync(mocks, () => new AclPolicy("traefik-read", new AclPolicyArgs
        {
            Name = "traefik-read",
            Description = "Traefik reads the service catalog",
            RulesHcl = "namespace \"default\" { policy = \"read\" }",
            JobAcl = new AclPolicyJobAclArgs { JobId = "traefik", Namespace = "default" },
        }));

        var registered = mocks.Single("nomad:index/aclPolicy:AclPolicy");
        var jobAcl = await OutputUtilities.GetValueAsync(policy.JobAcl);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["name"] = "traefik-read",
                ["description"] = "Traefik reads the service catalog",
                ["rulesHcl"] = "namespace \"default\" { policy = \"read\" }",
                ["jobAcl"] = new Dictionary<string, object> { ["jobId"] = "traefik", ["namespace"] = "default" },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(policy.RulesHcl), Is.EqualTo("namespace \"default\" { policy = \"read\" }"));
            Assert.That(jobAcl!.JobId, Is.EqualTo("traefik"));
            Assert.That(jobAcl.Namespace, Is.EqualTo("default"));
            Assert.That(jobAcl.Group, Is.Null);
        }
    }

    [Test]
    public async Task AclToken_sends_policies_and_roles_and_keeps_its_secret_id_secret()
    {
        var mocks = new RecordingMocks();
        mocks.Computed["nomad:index/aclToken:AclToken"] = _ => new Dictionary<string, object>
        {
            ["accessorId"] = "acc-1",
            ["secretId"] = "sec-1",
        };

        var token = await DeployAsync(mocks, () => new AclToken("traefik", new AclTokenArgs
        {
            Name = "traefik",
            Type = "client",
            Policies = { "traefik-read" },
            Roles = { new AclTokenRoleArgs { Id = "role-1", Name = "edge" } },
            Global = false,
        }));

        var registered = mocks.Single("nomad:index/aclToken:AclToken");
        var role = (await OutputUtilities.GetValueAsync(token.Roles)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["name"] = "traefik",
                ["type"] = "client",
                ["policies"] = new object[] { "traefik-read" },
                ["roles"] = new object[] { new Dictionary<string, object> { ["id"] = "role-1", ["name"] = "edge" } },
                ["global"] = false,
            }));
            Assert.That(await OutputUtilities.GetValueAsync(token.AccessorId), Is.EqualTo("acc-1"));
            Assert.That(await OutputUtilities.GetValueAsync(token.SecretId), Is.EqualTo("sec-1"));
            Assert.That(await Output.IsSecretAsync(token.SecretId), Is.True);
            Assert.That(await Output.IsSecretAsync(token.AccessorId), Is.False);
            Assert.That(await OutputUtilities.GetValueAsync(token.Policies), Is.EqualTo(new[] { "traefik-read" }));
            Assert.That(role.Id, Is.EqualTo("role-1"));
            Assert.That(role.Name, Is.EqualTo("edge"));
        }
    }

    [Test]
    public async Task Namespace_sends_its_meta_and_capabilities()
    {
        var mocks = new RecordingMocks();

        var ns = await DeployAsync(mocks, () => new Namespace("apps", new NamespaceArgs
        {
            Name = "apps",
            Description = "Lab applications",
            Meta = { ["owner"] = "lab" },
            Capabilities = new NamespaceCapabilitiesArgs { EnabledTaskDrivers = { "docker", "exec" } },
        }));

        var registered = mocks.Single("nomad:index/namespace:Namespace");
        var capabilities = await OutputUtilities.GetValueAsync(ns.Capabilities);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["name"] = "apps",
                ["description"] = "Lab applications",
                ["meta"] = new Dictionary<string, object> { ["owner"] = "lab" },
                ["capabilities"] = new Dictionary<string, object> { ["enabledTaskDrivers"] = new object[] { "docker", "exec" } },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(ns.Meta), Is.EqualTo(new Dictionary<string, string> { ["owner"] = "lab" }));
            Assert.That(capabilities!.EnabledTaskDrivers, Is.EqualTo(new[] { "docker", "exec" }));
        }
    }

    [Test]
    public async Task Variable_sends_its_items_unwrapped_and_keeps_them_secret()
    {
        var mocks = new RecordingMocks();

        var variable = await DeployAsync(mocks, () => new Variable("traefik-secrets", new VariableArgs
        {
            Path = "nomad/jobs/traefik",
            Namespace = "default",
            Items = new Dictionary<string, string> { ["cf_token"] = "cf-123" },
        }));

        var registered = mocks.Single("nomad:index/variable:Variable");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["path"] = "nomad/jobs/traefik",
                ["namespace"] = "default",
                ["items"] = new Dictionary<string, object> { ["cf_token"] = "cf-123" },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(variable.Items), Is.EqualTo(new Dictionary<string, string> { ["cf_token"] = "cf-123" }));
            Assert.That(await Output.IsSecretAsync(variable.Items), Is.True);
            Assert.That(await Output.IsSecretAsync(variable.Path), Is.False);
        }
    }

    [Test]
    public async Task SchedulerConfig_sends_its_algorithm_and_preemption_map()
    {
        var mocks = new RecordingMocks();

        var config = await DeployAsync(mocks, () => new SchedulerConfig("scheduler", new SchedulerConfigArgs
        {
            SchedulerAlgorithm = "spread",
            MemoryOversubscriptionEnabled = true,
            PreemptionConfig = { ["batch_scheduler_enabled"] = false, ["service_scheduler_enabled"] = true },
        }));

        var registered = mocks.Single("nomad:index/schedulerConfig:SchedulerConfig");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(registered.Inputs, Is.EqualTo(new Dictionary<string, object>
            {
                ["schedulerAlgorithm"] = "spread",
                ["memoryOversubscriptionEnabled"] = true,
                ["preemptionConfig"] = new Dictionary<string, object>
                {
                    ["batch_scheduler_enabled"] = false,
                    ["service_scheduler_enabled"] = true,
                },
            }));
            Assert.That(await OutputUtilities.GetValueAsync(config.SchedulerAlgorithm), Is.EqualTo("spread"));
            Assert.That(await OutputUtilities.GetValueAsync(config.PreemptionConfig), Is.EqualTo(new Dictionary<string, bool>
            {
                ["batch_scheduler_enabled"] = false,
                ["service_scheduler_enabled"] = true,
            }));
        }
    }

    private static async Task<T> DeployAsync<T>(RecordingMocks mocks, Func<T> create)
        where T : Resource
    {
        T? created = null;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () => { created = create(); });
        return created!;
    }
}
