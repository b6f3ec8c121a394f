using Lab.Infra.Config;

namespace Lab.Tests.Config;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class StackNameTests
{
    [TestCase("lab")] // the committed stacks
    [TestCase("dev")]
    [TestCase("Lab-2_test.v1")] // every character class Pulumi allows
    [TestCase(".hidden")] // a leading '.' passes Pulumi's pattern and names no folder above
    public void A_pulumi_stack_name_is_accepted(string name) => Assert.That(StackName.Problem(name), Is.Null);

    [TestCase("", "a stack name may not be empty")]
    [TestCase("../x", "a stack name may only contain letters, digits, '-', '_' and '.': a path separator at position 3")]
    [TestCase("a/b", "a stack name may only contain letters, digits, '-', '_' and '.': a path separator at position 2")]
    [TestCase("org/homelab/lab", "a stack name may only contain letters, digits, '-', '_' and '.': a path separator at position 4")]
    [TestCase("/etc/passwd", "a stack name may only contain letters, digits, '-', '_' and '.': a path separator at position 1")]
    [TestCase("a\\b", "a stack name may only contain letters, digits, '-', '_' and '.': a path separator at position 2")]
    [TestCase("..", "'..' names a folder, not a stack")]
    [TestCase(".", "'.' names a folder, not a stack")]
    [TestCase("lab stack", "a stack name may only contain letters, digits, '-', '_' and '.': ' ' at position 4")]
    [TestCase("lab\n", "a stack name may only contain letters, digits, '-', '_' and '.': a control character at position 4")]
    [TestCase("läb", "a stack name may only contain letters, digits, '-', '_' and '.': 'ä' at position 2")]
    public void A_name_that_is_no_stack_name_is_rejected_with_the_reason(string name, string expected) =>
        Assert.That(StackName.Problem(name), Is.EqualTo(expected));

    [Test]
    public void A_name_longer_than_pulumis_limit_is_rejected() =>
        Assert.That(StackName.Problem(new string('a', 101)), Is.EqualTo("a stack name cannot exceed 100 characters (this one has 101)"));

    [Test]
    public void PathOf_refuses_a_name_that_is_a_path() =>
        Assert.Throws<ArgumentException>(() => StackFile.PathOf("/repo", "../etc/x"));
}
