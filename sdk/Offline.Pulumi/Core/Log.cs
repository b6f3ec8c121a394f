namespace Pulumi;

/// <summary>
/// Messages to the engine. Under mocks, as with the real SDK's mock engine, nothing is printed: an error is
/// collected and fails the run as it would fail `pulumi up`, and every other message is dropped. A program that
/// wants its warnings seen under mocks (synth) prints them itself.
/// </summary>
public static class Log
{
    public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
    }

    public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
        Engine.Current?.AddError(new RunException($"{About(resource)}{message}"));
    }

    public static void Exception(Exception exception, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Error(exception.ToString(), resource, streamId, ephemeral);
    }

    private static string About(Resource? resource) =>
        resource is null ? "" : $"{resource.GetResourceType()} ({resource.GetResourceName()}): ";
}
