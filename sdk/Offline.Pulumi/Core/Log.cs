namespace Pulumi;

/// <summary>
/// Messages to the engine. Under mocks warnings and errors go to standard error, where `synth` shows them,
/// and an error fails the run as it would fail `pulumi up`.
/// </summary>
public static class Log
{
    public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null) =>
        Console.Error.WriteLine($"warning: {About(resource)}{message}");

    public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
        Console.Error.WriteLine($"error: {About(resource)}{message}");
        Engine.Current?.AddError(new RunException(message));
    }

    public static void Exception(Exception exception, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Error(exception.ToString(), resource, streamId, ephemeral);
    }

    private static string About(Resource? resource) =>
        resource is null ? "" : $"{resource.GetResourceType()} ({resource.GetResourceName()}): ";
}
