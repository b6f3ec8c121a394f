using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi;

internal sealed partial class Engine
{
    /// <summary>
    /// A provider function call, answered by the mocks' <c>CallAsync</c>, as the real SDK makes it. In the output form,
    /// unknown args, or a resource the args come from whose id is not known yet (a preview), skip the call and give an
    /// unknown, non-secret result; otherwise the result depends on the args' resources and the options' DependsOn.
    /// Whether the result is secret is the provider's answer, not the args': here it never is.
    /// </summary>
    public async Task<OutputData<T>> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options, bool outputForm)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var inputs = await InputSerializer.SerializeAsync(args ?? InvokeArgs.Empty, $"invoke {token}").ConfigureAwait(false);
        var dependencies = inputs.Dependencies;
        if (outputForm)
        {
            if (!inputs.UnknownNames.IsEmpty)
            {
                return OutputData<T>.Unknown(isSecret: false, []);
            }
            if (options is InvokeOutputOptions { } outputOptions)
            {
                var explicitDependencies = await outputOptions.DependsOn.ToOutput().DataTask.ConfigureAwait(false);
                dependencies = dependencies.Union(explicitDependencies.Value.IsDefault ? [] : explicitDependencies.Value);
            }
            foreach (var custom in dependencies.OfType<CustomResource>())
            {
                if (!(await custom.Id.DataTask.ConfigureAwait(false)).IsKnown)
                {
                    return OutputData<T>.Unknown(isSecret: false, []);
                }
            }
        }

        var provider = ProviderFor(token, options);
        var result = await _mocks.CallAsync(new MockCallArgs
        {
            Token = token,
            Args = inputs.Values,
            Provider = provider is null ? null : await ProviderReferenceAsync(provider).ConfigureAwait(false),
        }).ConfigureAwait(false);
        var value = (T)WireConverter.Convert(WireConverter.Normalize(result) as ImmutableDictionary<string, object> ?? [], typeof(T), $"{token} result")!;
        return new OutputData<T>(value, true, false, outputForm ? dependencies : []);
    }

    /// <summary>The explicit provider, else the one the parent hands its children for the function's package.</summary>
    private static ProviderResource? ProviderFor(string token, InvokeOptions? options)
    {
        if (options?.Provider is { } provider)
        {
            return provider;
        }
        var package = token.Split(':')[0];
        return options?.Parent switch
        {
            null => null,
            { IsCustom: true, Provider: { } own } parent when parent.Package == package => own,
            var parent => parent.Providers.GetValueOrDefault(package),
        };
    }
}
