using Lab.Infra.Synth.Diff;

namespace Lab.Tests.Synth.Diff;

[Parallelizable(ParallelScope.All)]
public class UnifiedDiffTests
{
    [Test]
    public void A_changed_line_gets_one_hunk_with_three_lines_of_context()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        Assert.That(UnifiedDiff.Render(before, after, "a/f", "b/f"), Is.EqualTo("""
            --- a/f
            +++ b/f
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8

            """.Replace("\r", "", StringComparison.Ordinal)));
    }

    [Test]
    public void Changes_far_apart_get_separate_hunks()
    {
        var before = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n"));
        var after = string.Concat(Enumerable.Range(1, 20).Select(i => i is 2 or 19 ? $"changed {i}\n" : $"{i}\n"));

        var diff = UnifiedDiff.Render(before, after, "a", "b");

        Assert.That(diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)), Is.EqualTo(new[] { "@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@" }));
    }

    [Test]
    public void An_added_file_is_all_additions_from_line_0()
    {
        Assert.That(UnifiedDiff.Render("", "a\nb\n", "/dev/null", "b/f"), Is.EqualTo("--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
    }

    [Test]
    public void Equal_texts_give_no_diff()
    {
        Assert.That(UnifiedDiff.Render("same\n", "same\n", "a", "b"), Is.Empty);
    }
}
