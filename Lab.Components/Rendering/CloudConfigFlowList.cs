using System.Collections;

namespace Lab.Components.Rendering;

/// <summary>
/// A short list of strings that <see cref="CloudConfigFlowListEmitter"/> writes on one line, <c>[a, b]</c>: a command's
/// argv or a pinned <c>[package, version]</c> reads as one item that way.
/// </summary>
internal sealed class CloudConfigFlowList(params string[] items) : IReadOnlyList<string>
{
    public string this[int index] => items[index];

    public int Count => items.Length;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
