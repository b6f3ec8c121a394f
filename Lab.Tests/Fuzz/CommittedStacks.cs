using System.Collections.Concurrent;
using Lab.Tests.Support;

namespace Lab.Tests.Fuzz;

/// <summary>The committed stack files (<c>Pulumi.lab.yaml</c>, <c>Pulumi.dev.yaml</c>) as trees, read once.</summary>
public static class CommittedStacks
{
    public static readonly IReadOnlyList<string> Names = ["lab", "dev"];

    private static readonly ConcurrentDictionary<string, FuzzNode> Trees = new(StringComparer.Ordinal);

    public static FuzzNode Tree(string stack) =>
        Trees.GetOrAdd(stack, s => FuzzYamlReader.Read(File.ReadAllText(RepoFiles.PathOf($"Pulumi.{s}.yaml"))));
}
