using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CurlConfigQuoteTests
{
    [TestCase("", "\"\"")] // the empty value
    [TestCase("/etc/nomad.d/tls/ca.pem", "\"/etc/nomad.d/tls/ca.pem\"")] // a plain path needs only the quotes
    [TestCase("X-Consul-Token: 1f2e", "\"X-Consul-Token: 1f2e\"")] // blanks and ':' would end or split an unquoted value
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")] // a double quote gets a backslash
    [TestCase(@"C:\dir\new", @"""C:\\dir\\new""")] // a backslash is doubled, so \n stays two characters
    [TestCase("{\"Rules\":\"a \\\"b\\\"\\n\"}", "\"{\\\"Rules\\\":\\\"a \\\\\\\"b\\\\\\\"\\\\n\\\"}\"")] // JSON keeps its own escapes
    [TestCase("tab\there # not a comment", "\"tab\there # not a comment\"")] // a tab and '#' are literal inside quotes
    public void Value_double_quotes_and_escapes_backslash_and_quote(string value, string expected) =>
        Assert.That(CurlConfigQuote.Value(value), Is.EqualTo(expected));

    [TestCase("plain")] // nothing to escape
    [TestCase("X-Consul-Token: 1f2e")] // blanks and ':'
    [TestCase("say \"hi\"")] // double quotes
    [TestCase(@"C:\dir\new")] // backslashes, one before 'n'
    [TestCase("tab\there # not a comment")] // a tab and '#'
    [TestCase("é ✓")] // non-ASCII
    public void Value_gives_curl_back_the_exact_value(string value)
    {
        // curl's own parser reads the value as the name of its output file; file:// keeps it off any network.
        var dir = Directory.CreateTempSubdirectory("lab-curlquote-").FullName;
        try
        {
            var source = Path.Combine(dir, "source");
            File.WriteAllText(source, "payload");
            var name = "f-" + value;
            var config = $"url = {CurlConfigQuote.Value("file://" + source)}\noutput = {CurlConfigQuote.Value(Path.Combine(dir, name))}\nsilent\nshow-error\n";

            var result = Processes.Run("curl", ["--config", "-"], config);

            Assert.That(result.ExitCode, Is.Zero, result.Describe());
            Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { name, "source" }.Order(StringComparer.Ordinal)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestCase("a\nb")] // LF
    [TestCase("a\rb")] // CR
    public void Value_rejects_a_line_break(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CurlConfigQuote.Value(value));

        Assert.That(error.Message, Is.EqualTo("A curl config value cannot contain a line break (CR or LF): curl reads its config one line at a time. (Parameter 'value')"));
    }
}
