using System.Collections.Immutable;
using System.Text.Json;
using Pulumi.Testing;

namespace Consumer.Tests.Support;

/// <summary>
/// Mocks with a mocked stack reference: it reads as the engine reads one (<c>name</c>, <c>outputs</c>,
/// <c>secretOutputNames</c>), returning <see cref="Outputs"/> with the values of <see cref="SecretNames"/> listed as
/// secret. Every registration is recorded; other resources echo their inputs with the id <c>{name}_id</c>, a Nomad
/// job the ID in its specification, as Nomad would. Any provider function call fails.
/// </summary>
public sealed class LabReferenceMocks : IMocks
{
    public const string StackReferenceType = "pulumi:pulumi:StackReference";
    public const string ProviderType = "pulumi:providers:nomad";
    public const string JobType = "nomad:index/job:Job";

    /// <summary>A deploy token as Nomad makes them (a UUID), distinctive enough to search for.</summary>
    public const string DeployToken = "5ec7e7d0-0000-4000-8000-00000000d3b1";

    private readonly List<MockResourceArgs> _resources = [];

    /// <summary>The lab stack's outputs: the seed lab's, by default.</summary>
    public Dictionary<string, object> Outputs { get; } = new(StringComparer.Ordinal)
    {
        ["nomadAddress"] = "https://192.168.10.120:4646",
        ["caCertPem"] = "-----BEGIN CERTIFICATE-----\nMIIB-test-lab-ca\n-----END CERTIFICATE-----\n",
        ["appsNamespace"] = "apps",
        ["nomadDeployToken"] = DeployToken,
        ["domain"] = "lab.example.com",
        ["nomadToken"] = "management-token-never-read",
        ["clientIps"] = new[] { "192.168.10.130", "192.168.10.131" },
    };

    /// <summary>The outputs the lab stack marks secret.</summary>
    public List<string> SecretNames { get; } = ["nomadDeployToken", "nomadToken"];

    /// <summary>Every registration, in order.</summary>
    public IReadOnlyList<MockResourceArgs> Resources
    {
        get
        {
            lock (_resources)
            {
                return [.. _resources];
            }
        }
    }

    public MockResourceArgs Single(string type) => Resources.Single(r => r.Type == type);

    /// <summary>The Nomad job registered, its specification parsed.</summary>
    public JsonElement JobSpec() => JsonDocument.Parse((string)Single(JobType).Inputs["jobspec"]).RootElement.GetProperty("Job");

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        lock (_resources)
        {
            _resources.Add(args);
        }
        switch (args.Type)
        {
            case StackReferenceType:
                object state = ImmutableDictionary<string, object>.Empty
                    .Add("name", args.Inputs["name"])
                    .Add("outputs", Outputs.ToImmutableDictionary())
                    .Add("secretOutputNames", SecretNames.ToImmutableArray());
                return Task.FromResult<(string?, object)>((args.Id, state));
            case JobType when args.Inputs.GetValueOrDefault("jobspec") is string spec:
                // Normally Nomad's: the job resource's id is the ID in its specification.
                var id = JsonDocument.Parse(spec).RootElement.GetProperty("Job").GetProperty("ID").GetString();
                return Task.FromResult<(string?, object)>((id, args.Inputs));
            default:
                return Task.FromResult<(string?, object)>(($"{args.Name}_id", args.Inputs));
        }
    }

    public Task<object> CallAsync(MockCallArgs args) => throw new InvalidOperationException($"Mock call not implemented: {args.Token}");

    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
}
