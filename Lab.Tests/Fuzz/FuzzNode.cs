using System.Collections.Immutable;

namespace Lab.Tests.Fuzz;

/// <summary>
/// A YAML document as the fuzz test mutates it. Unlike YamlDotNet's model it keeps what a mutation must be able to
/// write and a parser would refuse: duplicate keys, keys in any order, and keys and scalars as the very text that
/// spells them (a quoted string, a flow list, an alias, a tag, a complex key), so that a mutation can write anything.
/// </summary>
public abstract record FuzzNode
{
    /// <summary>The anchor (<c>&amp;name</c>) written before the node, if any.</summary>
    public string? Anchor { get; init; }
}

/// <summary>
/// A node written as text after its key or dash: a scalar, an alias, a flow collection or a block scalar. Lines after
/// the first are written indented one level below the key, so a block scalar (<c>"|\nline"</c>) stays inside it.
/// </summary>
public sealed record FuzzInline(string Yaml) : FuzzNode;

/// <summary>A block map. Keys are written as they are (<c>"? "</c> starts an explicit, possibly complex, key).</summary>
public sealed record FuzzMap(ImmutableList<FuzzEntry> Entries) : FuzzNode;

/// <summary>A block list.</summary>
public sealed record FuzzList(ImmutableList<FuzzNode> Items) : FuzzNode;

/// <summary>One key of a map with its value.</summary>
public sealed record FuzzEntry(string Key, FuzzNode Value);
