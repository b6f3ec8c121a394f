using Pulumi;
using Pulumi.Utilities;

namespace Lab.Infra.Synth;

/// <summary>
/// The SDK's public output helpers for an output whose value type is only known at run time (an [Input] or
/// [Output] member found by reflection).
/// </summary>
internal static class UntypedOutputs
{
    public static Task<bool> IsSecretAsync(object output, Type valueType) =>
        Invoke<bool>(typeof(Output), nameof(Output.IsSecretAsync), valueType, output);

    public static Task<object?> GetValueAsync(object output, Type valueType) =>
        Invoke<object?>(typeof(OutputUtilities), nameof(OutputUtilities.GetValueAsync), valueType, output);

    public static Task<IEnumerable<Resource>> GetDependenciesAsync(object output, Type valueType) =>
        Invoke<IEnumerable<Resource>>(typeof(OutputUtilities), nameof(OutputUtilities.GetDependenciesAsync), valueType, output);

    private static async Task<T> Invoke<T>(Type owner, string method, Type valueType, object output)
    {
        var task = (Task)owner.GetMethod(method)!.MakeGenericMethod(valueType).Invoke(null, [output])!;
        await task.ConfigureAwait(false);
        return (T)task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)!;
    }
}
