using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ShellQuoteTests
{
    [TestCase("", "''")] // the empty word stays one (empty) argument
    [TestCase("plain", "'plain'")] // always quoted, so no value is ever taken as shell syntax
    [TestCase("it's", @"'it'\''s'")] // a single quote: close, escaped quote, reopen
    [TestCase("''", @"''\'''\'''")] // quotes in a row each get their own escape
    [TestCase("$HOME `id` $(id) \\ \"x\"", "'$HOME `id` $(id) \\ \"x\"'")] // expansions, backslash and double quotes are literal in single quotes
    [TestCase("a b\tc\nd", "'a b\tc\nd'")] // blanks and line breaks stay inside the one word
    [TestCase("*?[a]~ -n", "'*?[a]~ -n'")] // globs, tilde and a leading dash are not special when quoted
    [TestCase("é ✓", "'é ✓'")] // non-ASCII passes through as is
    public void Single_quotes_a_value_as_one_word(string value, string expected) =>
        Assert.That(ShellQuote.Single(value), Is.EqualTo(expected));

    [TestCase("")] // empty
    [TestCase("it's")] // single quote
    [TestCase("''")] // quotes in a row
    [TestCase("$HOME `id` $(id) \\ \"x\"")] // expansions, backslash, double quotes
    [TestCase("a b\tc\nd")] // blanks and line breaks
    [TestCase("*?[a]~ -n")] // globs and tilde
    [TestCase("é ✓")] // non-ASCII
    public void Single_gives_sh_back_the_exact_value(string value)
    {
        var result = Processes.Run("/bin/sh", ["-c", "printf %s " + ShellQuote.Single(value)]);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StdOut, Is.EqualTo(value));
    }

    [Test]
    public void Single_rejects_a_NUL_character()
    {
        var error = Assert.Throws<ArgumentException>(() => ShellQuote.Single("a\0b"));

        Assert.That(error.Message, Is.EqualTo("A shell word cannot contain a NUL character: the C strings of argv end at the first one. (Parameter 'value')"));
    }
}
