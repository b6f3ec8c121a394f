using System.Collections.Immutable;

namespace Lab.Tests.Fuzz;

/// <summary>A node of a tree with where it is: the child indexes from the root, and its key when its parent is a map.</summary>
public sealed record FuzzSite(ImmutableArray<int> Path, FuzzNode Node, string? Key)
{
    /// <summary>The path of the map or list holding this node; the root has none.</summary>
    public ImmutableArray<int> ParentPath => Path[..^1];

    public int Index => Path[^1];
}

/// <summary>Finds and replaces nodes of a <see cref="FuzzNode"/> tree by path, without changing the tree given.</summary>
public static class FuzzTree
{
    /// <summary>Every node of the tree, the root first, in the order a parser meets them.</summary>
    public static IEnumerable<FuzzSite> Sites(FuzzNode root)
    {
        var pending = new Stack<FuzzSite>([new FuzzSite([], root, null)]);
        while (pending.TryPop(out var site))
        {
            yield return site;
            var children = site.Node switch
            {
                FuzzMap map => map.Entries.Select((e, i) => new FuzzSite(site.Path.Add(i), e.Value, e.Key)),
                FuzzList list => list.Items.Select((item, i) => new FuzzSite(site.Path.Add(i), item, null)),
                _ => [],
            };
            foreach (var child in children.Reverse())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>Every node but the root: the nodes that have a parent to be removed from or moved within.</summary>
    public static IReadOnlyList<FuzzSite> Children(FuzzNode root) => [.. Sites(root).Skip(1)];

    /// <summary>Every entry of every map: the sites whose key a mutation may change.</summary>
    public static IReadOnlyList<FuzzSite> Entries(FuzzNode root) => [.. Sites(root).Where(s => s.Key is not null)];

    /// <summary>One of <paramref name="choices"/>, chosen by a generated number; null when there is none.</summary>
    public static T? Pick<T>(IReadOnlyList<T> choices, int pick)
        where T : class =>
        choices.Count == 0 ? null : choices[(int)((uint)pick % (uint)choices.Count)];

    /// <summary>The tree with the node at <paramref name="path"/> replaced by what <paramref name="change"/> makes of it.</summary>
    public static FuzzNode Update(FuzzNode root, ImmutableArray<int> path, Func<FuzzNode, FuzzNode> change)
    {
        if (path.IsEmpty)
        {
            return change(root);
        }

        var index = path[0];
        var rest = path[1..];
        return root switch
        {
            FuzzMap map => map with { Entries = map.Entries.SetItem(index, map.Entries[index] with { Value = Update(map.Entries[index].Value, rest, change) }) },
            FuzzList list => list with { Items = list.Items.SetItem(index, Update(list.Items[index], rest, change)) },
            _ => throw new ArgumentException("the path leads through a node without children", nameof(path)),
        };
    }

    /// <summary>The tree without the node at <paramref name="path"/> (an entry of a map, with its key, or an item of a list).</summary>
    public static FuzzNode Remove(FuzzNode root, ImmutableArray<int> path) =>
        Update(root, path[..^1], parent => parent switch
        {
            FuzzMap map => map with { Entries = map.Entries.RemoveAt(path[^1]) },
            FuzzList list => list with { Items = list.Items.RemoveAt(path[^1]) },
            _ => parent,
        });

    /// <summary>The tree with the entry at <paramref name="path"/> changed by <paramref name="change"/>.</summary>
    public static FuzzNode UpdateEntry(FuzzNode root, ImmutableArray<int> path, Func<FuzzEntry, FuzzEntry> change) =>
        Update(root, path[..^1], parent => parent is FuzzMap map
            ? map with { Entries = map.Entries.SetItem(path[^1], change(map.Entries[path[^1]])) }
            : parent);

    /// <summary>The tree with <paramref name="entries"/> inserted into the map at <paramref name="mapPath"/> at <paramref name="index"/> (clamped).</summary>
    public static FuzzNode Insert(FuzzNode root, ImmutableArray<int> mapPath, int index, params IEnumerable<FuzzEntry> entries) =>
        Update(root, mapPath, node => node is FuzzMap map
            ? map with { Entries = map.Entries.InsertRange(Math.Clamp(index, 0, map.Entries.Count), entries) }
            : node);

    /// <summary>The entry at <paramref name="path"/>; the path must end in a map.</summary>
    public static FuzzEntry EntryAt(FuzzNode root, ImmutableArray<int> path) =>
        ((FuzzMap)NodeAt(root, path[..^1])).Entries[path[^1]];

    public static FuzzNode NodeAt(FuzzNode root, ImmutableArray<int> path)
    {
        var node = root;
        foreach (var index in path)
        {
            node = node switch
            {
                FuzzMap map => map.Entries[index].Value,
                FuzzList list => list.Items[index],
                _ => throw new ArgumentException("the path leads through a node without children", nameof(path)),
            };
        }

        return node;
    }

    /// <summary>The nodes after <paramref name="site"/> and everything inside it, in document order.</summary>
    public static IReadOnlyList<FuzzSite> After(FuzzNode root, FuzzSite site) =>
        [.. Sites(root).SkipWhile(s => !s.Path.SequenceEqual(site.Path)).Skip(1).Where(s => !IsWithin(s, site))];

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    public static bool IsWithin(FuzzSite inner, FuzzSite outer) =>
        inner.Path.Length >= outer.Path.Length && inner.Path[..outer.Path.Length].SequenceEqual(outer.Path);

    /// <summary>The maps of the tree, the root first: where an entry may be added or moved to.</summary>
    public static IReadOnlyList<FuzzSite> Maps(FuzzNode root) => [.. Sites(root).Where(s => s.Node is FuzzMap)];

    /// <summary>The inline nodes (scalars and the like) of the tree: the values a mutation may retype.</summary>
    public static IReadOnlyList<FuzzSite> Inlines(FuzzNode root) => [.. Sites(root).Where(s => s.Node is FuzzInline)];
}
