using System.Collections.Immutable;
using System.Reflection;
using Pulumi;
using Pulumi.Utilities;

namespace Lab.Infra.Synth;

/// <summary>One resource as synth reports it.</summary>
/// <param name="Type">Its type token.</param>
/// <param name="Name">Its logical name.</param>
/// <param name="Urn">Its URN as a real deployment records it (<see cref="EngineUrns"/>).</param>
/// <param name="Parent">Its parent's URN (the stack's for a top-level resource).</param>
/// <param name="Dependencies">The URNs of what it waits for: DependsOn plus the resources its inputs come from.</param>
/// <param name="Inputs">The inputs the provider receives.</param>
/// <param name="SecretInputs">The paths of its secret inputs, e.g. <c>connection.privateKey</c>.</param>
/// <param name="Provider">The URN of the explicit provider the resource uses; null for a component, a provider, or a
/// custom resource left to its package's default provider.</param>
/// <param name="DeleteBeforeReplace">Whether a replacement deletes the old resource first (pinned ids and addresses).</param>
internal sealed record SynthResource(
    string Type,
    string Name,
    string Urn,
    string? Parent,
    IReadOnlyList<string> Dependencies,
    ImmutableDictionary<string, object> Inputs,
    ISet<string> SecretInputs,
    string? Provider = null,
    bool DeleteBeforeReplace = false);

/// <summary>One stack output: its value, or only the fact that it is secret.</summary>
internal sealed record SynthOutput(object? Value, bool IsSecret);

/// <summary>One file the lab puts on a host, as a reviewer sees it (secrets redacted).</summary>
/// <param name="RelativePath">Where synth writes it: <c>&lt;host&gt;/&lt;path on the host&gt;</c>.</param>
/// <param name="Content">The redacted content.</param>
internal sealed record SynthFile(string RelativePath, string Content);

/// <summary>Everything a synth run found: the resources in creation order, the stack outputs and the hosts' files.</summary>
internal sealed record SynthResult(
    IReadOnlyList<SynthResource> Resources,
    ImmutableSortedDictionary<string, SynthOutput> Outputs,
    IReadOnlyList<SynthFile> Files)
{
    public static async Task<SynthResult> CollectAsync(LabStack stack, IReadOnlyList<RecordedResource> recorded, SynthMocks mocks)
    {
        var stackUrn = await OutputUtilities.GetValueAsync(stack.Urn).ConfigureAwait(false);
        var urns = await EngineUrns.OfAsync(stack, recorded).ConfigureAwait(false);
        var resources = new List<SynthResource>();
        foreach (var (resource, args, options) in recorded.Where(r => r.Resource is not Stack))
        {
            var type = resource.GetResourceType();
            var name = resource.GetResourceName();
            var urn = urns.Of(await OutputUtilities.GetValueAsync(resource.Urn).ConfigureAwait(false));
            var parent = urns.Of(options.Parent is { } p ? await OutputUtilities.GetValueAsync(p.Urn).ConfigureAwait(false) : stackUrn);
            var (secrets, inputDependencies) = await ArgsInspector.InspectAsync(args).ConfigureAwait(false);
            var explicitDependencies = await OutputUtilities.GetValueAsync(options.DependsOn.ToOutput()).ConfigureAwait(false);
            var dependencyUrns = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var dependency in inputDependencies.Concat(explicitDependencies.IsDefault ? [] : explicitDependencies).Where(d => d != resource))
            {
                dependencyUrns.Add(urns.Of(await OutputUtilities.GetValueAsync(dependency.Urn).ConfigureAwait(false)));
            }
            resources.Add(new SynthResource(type, name, urn, parent, [.. dependencyUrns],
                mocks.InputsOf(type, name) ?? ImmutableDictionary<string, object>.Empty, secrets, mocks.ProviderOf(type, name) is { } provider ? urns.Of(provider) : null,
                (options as CustomResourceOptions)?.DeleteBeforeReplace ?? false));
        }
        return new SynthResult(resources, await StackOutputsAsync(stack).ConfigureAwait(false), await FilesAsync(stack).ConfigureAwait(false));
    }

    private static async Task<IReadOnlyList<SynthFile>> FilesAsync(LabStack stack)
    {
        var files = new List<SynthFile>();
        foreach (var file in stack.HostFiles)
        {
            // Components publish redacted copies only; a secret here is a component bug, and synth must not write it.
            if (await Output.IsSecretAsync(file.Content).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"synth: {file.Host}:{file.Path} is secret; components must publish redacted files");
            }

            var content = await OutputUtilities.GetValueAsync(file.Content).ConfigureAwait(false);
            // A Proxmox volume id (local:snippets/x.yaml) becomes a folder per datastore.
            files.Add(new SynthFile($"{file.Host}/{file.Path.TrimStart('/').Replace(':', '/')}", content));
        }
        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static async Task<ImmutableSortedDictionary<string, SynthOutput>> StackOutputsAsync(Stack stack)
    {
        var outputs = ImmutableSortedDictionary.CreateBuilder<string, SynthOutput>(StringComparer.Ordinal);
        foreach (var property in stack.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            // Urn is an output of every resource, not one of the stack's own outputs.
            if (property.DeclaringType == typeof(Resource) || property.GetCustomAttribute<OutputAttribute>() is not { } attribute
                || property.GetValue(stack) is not { } output)
            {
                continue;
            }
            var valueType = property.PropertyType.GetGenericArguments()[0];
            var isSecret = await UntypedOutputs.IsSecretAsync(output, valueType).ConfigureAwait(false);
            var value = isSecret ? null : await UntypedOutputs.GetValueAsync(output, valueType).ConfigureAwait(false);
            outputs[attribute.Name ?? property.Name] = new SynthOutput(value, isSecret);
        }
        return outputs.ToImmutable();
    }
}
