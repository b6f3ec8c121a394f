using System.Text;

namespace Lab.Tests.Support;

/// <summary>
/// Checked-in expected files under <c>Lab.Tests/Golden/</c>, compared byte for byte. A missing or different file
/// fails the test; run the tests with <c>LAB_UPDATE_GOLDEN=1</c> to rewrite them, then review the diff in git.
/// </summary>
public static class Golden
{
    private const string UpdateVariable = "LAB_UPDATE_GOLDEN";

    /// <summary>Asserts that <paramref name="actual"/> equals <c>Lab.Tests/Golden/&lt;fileName&gt;</c>.</summary>
    public static void AssertMatches(string fileName, string actual)
    {
        var path = RepoFiles.PathOf(Path.Combine("Lab.Tests", "Golden", fileName));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"golden file {path} is missing; run the tests once with {UpdateVariable}=1 and review it");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)), $"differs from {path}; if the change is intended, rerun with {UpdateVariable}=1 and review the diff");
    }
}
