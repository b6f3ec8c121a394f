using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Consumer.App.Synth;

/// <summary>One resource as synth reports it.</summary>
/// <param name="Type">Its type token.</param>
/// <param name="Name">Its logical name.</param>
/// <param name="Provider">The explicit provider it uses, as <c>&lt;type&gt;::&lt;name&gt;</c>; null for none.</param>
/// <param name="Inputs">The inputs the engine received.</param>
/// <param name="SecretInputs">The names of its secret inputs, written as <c>[secret]</c>.</param>
internal sealed record RenderedResource(string Type, string Name, string? Provider, ImmutableDictionary<string, object> Inputs, ISet<string> SecretInputs);

/// <summary>The consumer stack rendered under mocks: its resources in creation order and its outputs (null: secret).</summary>
internal sealed record ConsumerRender(IReadOnlyList<RenderedResource> Resources, ImmutableSortedDictionary<string, string?> Outputs)
{
    /// <summary>Runs <see cref="ConsumerStack"/> for <paramref name="settings"/> with the stack reference fed from <paramref name="lab"/>.</summary>
    public static async Task<ConsumerRender> RunAsync(ConsumerSettings settings, LabSynthOutputs lab, string stack)
    {
        var recorded = new List<(Resource Resource, ResourceArgs Args)>();
        var mocks = new ConsumerSynthMocks(lab);
        var options = new StackOptions
        {
            ResourceTransformations =
            {
                args =>
                {
                    lock (recorded)
                    {
                        recorded.Add((args.Resource, args.Args));
                    }
                    return null;
                },
            },
        };
        var resources = await Deployment.TestWithServiceProviderAsync<ConsumerStack>(mocks, new Factory(settings, options),
            new TestOptions { IsPreview = false, ProjectName = ConsumerSettings.Project, StackName = stack }).ConfigureAwait(false);
        var consumer = resources.OfType<ConsumerStack>().Single();

        var rendered = new List<RenderedResource>();
        foreach (var (resource, args) in recorded.Where(r => r.Resource is not Stack))
        {
            var type = resource.GetResourceType();
            var name = resource.GetResourceName();
            var registered = mocks.Registered(type, name);
            rendered.Add(new RenderedResource(type, name, ProviderOf(registered?.Provider), registered?.Inputs ?? ImmutableDictionary<string, object>.Empty,
                await SecretInputs.OfAsync(args).ConfigureAwait(false)));
        }
        var outputs = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var (key, output) in new[] { ("jobId", consumer.JobId), ("namespace", consumer.Namespace), ("url", consumer.Url), ("labStack", consumer.LabStack) })
        {
            outputs[key] = await Output.IsSecretAsync(output).ConfigureAwait(false) ? null : await OutputUtilities.GetValueAsync(output).ConfigureAwait(false);
        }
        return new ConsumerRender(rendered, outputs.ToImmutable());
    }

    /// <summary>
    /// <c>&lt;type&gt;::&lt;name&gt;</c> of the provider a mock engine names as <c>&lt;urn&gt;::&lt;id&gt;</c>; both SDKs' mock
    /// URNs end in <c>...$&lt;type&gt;::&lt;name&gt;</c> (or <c>::&lt;type&gt;::&lt;name&gt;</c>), whatever they put before.
    /// </summary>
    private static string? ProviderOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var urn = reference[..reference.LastIndexOf("::", StringComparison.Ordinal)];
        var parts = urn.Split("::");
        return $"{parts[^2].Split('$')[^1]}::{parts[^1]}";
    }

    private sealed class Factory(ConsumerSettings settings, StackOptions options) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ConsumerStack) ? new ConsumerStack(settings, options) : null;
    }
}
