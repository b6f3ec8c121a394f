using System.Reflection;

namespace Consumer.Tests.Support;

/// <summary>Finds files of the repository from a test, wherever the test binaries were built.</summary>
public static class RepoFiles
{
    /// <summary>The repository root, recorded in the test assembly at build time.</summary>
    public static string Root { get; } = typeof(RepoFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);
}
