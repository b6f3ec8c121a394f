namespace Pulumi;

/// <summary>Facts about the running deployment.</summary>
public sealed class DeploymentInstance
{
    private readonly Engine _engine;

    internal DeploymentInstance(Engine engine) => _engine = engine;

    public bool IsDryRun => _engine.IsDryRun;

    public string OrganizationName => _engine.OrganizationName;

    public string ProjectName => _engine.ProjectName;

    public string RootDirectory => _engine.RootDirectory;

    public string StackName => _engine.StackName;

    /// <summary>Calls a provider function with args that may hold outputs; see <see cref="InvokeAsync{T}(string, InvokeArgs, InvokeOptions?)"/>.</summary>
    public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null) =>
        new(_engine.InvokeAsync<T>(token, args, options, outputForm: true));

    /// <summary>Calls a provider function after <see cref="InvokeOutputOptions.DependsOn"/>; the result depends on those resources.</summary>
    public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOutputOptions options) =>
        new(_engine.InvokeAsync<T>(token, args, options, outputForm: true));

    /// <summary>Calls a provider function with plain args; under mocks the mocks' <c>CallAsync</c> answers it.</summary>
    public async Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null) =>
        (await _engine.InvokeAsync<T>(token, args, options, outputForm: false).ConfigureAwait(false)).Value;

    /// <summary>Calls a provider function for its effect only.</summary>
    public Task InvokeAsync(string token, InvokeArgs args, InvokeOptions? options = null) =>
        _engine.InvokeAsync<System.Collections.Immutable.ImmutableDictionary<string, object>>(token, args, options, outputForm: false);
}
