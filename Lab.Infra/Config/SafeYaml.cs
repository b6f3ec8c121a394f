using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Lab.Infra.Config;

/// <summary>
/// The one place YAML text becomes nodes, for stack files and <c>Pulumi.yaml</c>. Whatever the text, it returns the
/// document's root node or throws <see cref="InvalidDataException"/> with a message that names the file, the line and
/// the column. Before a node is built it checks, from the parser's events alone, the bounds that keep a small file
/// from turning into unbounded work: the text's length, the nesting depth (a deep document would exhaust the stack
/// of a recursive reader), and what the document amounts to once every alias is expanded (a few lines of nested
/// aliases can stand for gigabytes). A second document is refused: the Pulumi CLI reads only the first.
/// </summary>
public static partial class SafeYaml
{
    /// <summary>The longest text read, in characters; the committed stack files are about 3 KB.</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>The deepest nesting of maps and lists; a stack file needs four.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most nodes the document may amount to with every alias expanded.</summary>
    public const int MaxExpandedNodes = 50_000;

    /// <summary>The most characters of scalars the document may amount to with every alias expanded.</summary>
    public const int MaxExpandedCharacters = 4 << 20;

    /// <summary>Reads a config file's text, refusing one too large before reading it.</summary>
    /// <exception cref="InvalidDataException">The file is too large or cannot be read.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static string ReadFile(string path, string origin)
    {
        try
        {
            // UTF-8 takes at most 4 bytes a character: a longer file is certainly longer than the bound.
            var length = new FileInfo(path).Length;
            if (length > 4L * MaxCharacters)
            {
                throw new InvalidDataException(
                    $"{origin}: is {length.ToString(CultureInfo.InvariantCulture)} bytes long, more than a config file may be ({MaxCharacters.ToString(CultureInfo.InvariantCulture)} characters)");
            }

            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException and not FileNotFoundException)
        {
            throw new InvalidDataException($"{origin}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Parses the single YAML document of <paramref name="text"/>; null for a text without a document.</summary>
    /// <exception cref="InvalidDataException">The text is not one YAML document within the bounds.</exception>
    public static YamlNode? Load(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCharacters)
        {
            throw new InvalidDataException(
                $"{origin}: is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long, more than the {MaxCharacters.ToString(CultureInfo.InvariantCulture)} a config file may be");
        }

        try
        {
            CheckBounds(text, origin);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{At(origin, e.Start)}: not valid YAML: {Describe(e)}", e);
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            // Building nodes after CheckBounds read every event: reaching this would be a parser fault seen only here.
            throw new InvalidDataException($"{origin}: not valid YAML: the YAML parser cannot read it", e);
        }
    }

    /// <summary>
    /// An exception YamlDotNet throws on malformed text besides its own <see cref="YamlException"/>: its scanner
    /// throws an InvalidOperationException on an unclosed flow list followed by a less indented line
    /// (<c>a: [x</c> then <c>b</c>; found by the fuzz test, see aaubry/YamlDotNet#541), and other faults may raise
    /// other types. A syntax error all the same, whatever the type.
    /// </summary>
    private static bool IsParserFailure(Exception e) => e is not (YamlException or InvalidDataException or OutOfMemoryException);

    /// <summary>The parser's next event, with a failure that is not a <see cref="YamlException"/> reported at the last event read.</summary>
    private static bool MoveNext(Parser parser, string origin, Mark last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (IsParserFailure(e))
        {
            throw new InvalidDataException($"{At(origin, last)}: not valid YAML: the YAML parser cannot read on after this point (an unclosed '[', '{{' or quote?)", e);
        }
    }

    /// <summary><c>origin:line:column</c> of a node, for messages about it.</summary>
    public static string At(string origin, YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return At(origin, node.Start);
    }

    private static string At(string origin, Mark mark) =>
        mark.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{origin}:{mark.Line}:{mark.Column}") : origin;

    /// <summary>Walks the parser's events once, before any node exists, and throws at the first bound crossed.</summary>
    private static void CheckBounds(string text, string origin)
    {
        var parser = new Parser(new StringReader(text));
        // What each anchor stands for, as (nodes, characters), once its node is complete.
        var anchors = new Dictionary<string, (long Nodes, long Characters)>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes, long Characters)>();
        long nodes = 0;
        long characters = 0;
        var documents = 0;
        var last = Mark.Empty;
        while (MoveNext(parser, origin, last))
        {
            var current = parser.Current!;
            last = current.Start;
            switch (current)
            {
                case DocumentStart when ++documents > 1:
                    throw new InvalidDataException(
                        $"{At(origin, current.Start)}: a second YAML document starts here: a config file is one document (remove the '---' line and what follows, or merge it into the first)");
                case Scalar scalar:
                    nodes++;
                    characters += scalar.Value.Length;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = (1, scalar.Value.Length);
                    }

                    break;
                case NodeEvent { } start and (SequenceStart or MappingStart):
                    if (open.Count >= MaxDepth)
                    {
                        throw new InvalidDataException(
                            $"{At(origin, current.Start)}: nests maps and lists more than {MaxDepth.ToString(CultureInfo.InvariantCulture)} deep; a stack file needs a handful of levels");
                    }

                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, nodes, characters));
                    nodes++;
                    break;
                case SequenceEnd or MappingEnd:
                    var (anchor, nodesBefore, charactersBefore) = open.Pop();
                    if (anchor is not null)
                    {
                        anchors[anchor] = (nodes - nodesBefore, characters - charactersBefore);
                    }

                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var size))
                    {
                        // Either no such anchor, or the alias sits inside the node its anchor names: a cycle.
                        var why = open.Any(o => o.Anchor == alias.Value.Value)
                            ? "refers to a map or list that contains it, which would never end"
                            : "refers to no anchor defined before it";
                        throw new InvalidDataException($"{At(origin, current.Start)}: the alias *{alias.Value.Value} {why}");
                    }

                    nodes += size.Nodes;
                    characters += size.Characters;
                    break;
            }

            if (nodes > MaxExpandedNodes || characters > MaxExpandedCharacters)
            {
                throw new InvalidDataException(
                    $"{At(origin, current.Start)}: the document grows past {MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)} nodes or {MaxExpandedCharacters.ToString(CultureInfo.InvariantCulture)} characters "
                    + "once its aliases (*name) are expanded; spell the values out instead of nesting aliases");
            }
        }
    }

    /// <summary>The parser's message without its own position prefix, which the caller states as line:column.</summary>
    private static string Describe(YamlException e)
    {
        var message = PositionPrefix().Replace(e.Message, "").Trim();
        if (e.InnerException is { } inner && !string.IsNullOrWhiteSpace(inner.Message) && inner is not YamlException)
        {
            message = $"{message} ({inner.Message})";
        }

        return message.Length == 0 ? "the parser stopped here" : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
