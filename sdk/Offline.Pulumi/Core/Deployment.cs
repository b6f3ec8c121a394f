using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi;

/// <summary>
/// Entry points of a program. The offline SDK cannot deploy: <c>RunAsync</c> explains how to build against the
/// real packages and returns a failing exit code. <c>TestAsync</c> runs the program under mocks, as in the real SDK.
/// </summary>
public sealed class Deployment
{
    private Deployment()
    {
    }

    /// <summary>The running deployment's stack, project and mode.</summary>
    public static DeploymentInstance Instance => Engine.Current is { } engine
        ? new DeploymentInstance(engine)
        : throw new InvalidOperationException("Deployment.Instance is only available while a program runs (Deployment.RunAsync or Deployment.TestAsync).");

    public static Task<int> RunAsync(Action action) => RefuseToDeploy();

    public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => RefuseToDeploy();

    public static Task<int> RunAsync(Func<Task> func) => RefuseToDeploy();

    public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => RefuseToDeploy();

    public static Task<int> RunAsync<TStack>()
        where TStack : Stack, new() => RefuseToDeploy();

    public static Task<int> RunAsync<TStack>(IServiceProvider serviceProvider)
        where TStack : Stack => RefuseToDeploy();

    public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Action createResources)
    {
        ArgumentNullException.ThrowIfNull(createResources);
        var (resources, _) = await RunTestAsync(testMocks, testOptions, () => new FuncStack(() =>
        {
            createResources();
            return ImmutableDictionary<string, object?>.Empty;
        })).ConfigureAwait(false);
        return resources;
    }

    public static Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
        IMocks testMocks, TestOptions testOptions, Func<IDictionary<string, object?>> createResources)
    {
        ArgumentNullException.ThrowIfNull(createResources);
        return RunTestAsync(testMocks, testOptions, () => new FuncStack(createResources));
    }

    public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Func<Task> createResources)
    {
        ArgumentNullException.ThrowIfNull(createResources);
        var (resources, _) = await RunTestAsync(testMocks, testOptions, () => new FuncStack(async () =>
        {
            await createResources().ConfigureAwait(false);
            return ImmutableDictionary<string, object?>.Empty;
        })).ConfigureAwait(false);
        return resources;
    }

    public static Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
        IMocks testMocks, TestOptions testOptions, Func<Task<IDictionary<string, object?>>> createResources)
    {
        ArgumentNullException.ThrowIfNull(createResources);
        return RunTestAsync(testMocks, testOptions, () => new FuncStack(createResources));
    }

    public static async Task<ImmutableArray<Resource>> TestAsync<TStack>(IMocks mocks, TestOptions? options = null)
        where TStack : Stack, new()
    {
        var (resources, _) = await RunTestAsync(mocks, options, () => new TStack()).ConfigureAwait(false);
        return resources;
    }

    public static async Task<ImmutableArray<Resource>> TestWithServiceProviderAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options = null)
        where TStack : Stack
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var (resources, _) = await RunTestAsync(mocks, options, () => serviceProvider.GetService(typeof(TStack)) as TStack
            ?? throw new RunException($"The service provider did not return a {typeof(TStack).Name}.")).ConfigureAwait(false);
        return resources;
    }

    private static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> RunTestAsync(
        IMocks mocks, TestOptions? options, Func<Stack> createStack)
    {
        ArgumentNullException.ThrowIfNull(mocks);
        var engine = new Engine(mocks, options ?? new TestOptions(), EngineConfig.FromEnvironment());
        Engine.Enter(engine);
        try
        {
            IReadOnlyDictionary<string, object?> outputs = ImmutableDictionary<string, object?>.Empty;
            try
            {
                var stack = createStack();
                outputs = stack is FuncStack funcStack ? await funcStack.CollectFuncOutputsAsync().ConfigureAwait(false) : stack.CollectOutputs();
            }
            catch (System.Reflection.TargetInvocationException error) when (error.InnerException is not null)
            {
                // `new TStack()` goes through reflection; report the stack's own exception, not the wrapper.
                engine.AddError(error.InnerException);
            }
            catch (Exception error)
            {
                engine.AddError(error);
            }
            await engine.WhenSettledAsync().ConfigureAwait(false);
            return (engine.Resources, outputs.ToDictionary());
        }
        finally
        {
            Engine.Exit(engine);
        }
    }

    private static Task<int> RefuseToDeploy()
    {
        Console.Error.WriteLine(
            "error: this program was built against the offline Pulumi SDK (-p:PulumiSdk=offline), which cannot deploy. " +
            "Build it with the real packages to run `pulumi up` or `pulumi preview`: dotnet build -p:PulumiSdk=nuget " +
            "(the default; the Pulumi CLI builds it that way) on a machine whose NuGet feed serves Pulumi.");
        return Task.FromResult(32);
    }

    /// <summary>The stack of a program given as a function: its result is the stack outputs.</summary>
    private sealed class FuncStack : Stack
    {
        private readonly Task<IDictionary<string, object?>> _outputs;

        public FuncStack(Func<IDictionary<string, object?>> createResources) => _outputs = Task.FromResult(createResources());

        public FuncStack(Func<Task<IDictionary<string, object?>>> createResources) => _outputs = createResources();

        public async Task<IReadOnlyDictionary<string, object?>> CollectFuncOutputsAsync()
        {
            var outputs = await _outputs.ConfigureAwait(false);
            RegisterOutputs(outputs);
            return outputs.AsReadOnly();
        }
    }
}
