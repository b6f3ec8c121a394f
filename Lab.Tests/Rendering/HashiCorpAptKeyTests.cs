using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
public sealed class HashiCorpAptKeyTests
{
    [Test]
    public void Shipped_key_has_the_pinned_fingerprint_by_gpg()
    {
        var home = Directory.CreateTempSubdirectory("lab-gpg-");
        try
        {
            var result = Processes.RunTool("gpg", ["--homedir", home.FullName, "--show-keys", "--with-colons"], "gpg", HashiCorpAptKey.Armored);

            Assert.That(result.ExitCode, Is.Zero, result.Describe());
            var fingerprints = result.StdOut.Split('\n').Where(l => l.StartsWith("fpr:", StringComparison.Ordinal)).Select(l => l.Split(':')[9]).ToList();
            Assert.That(fingerprints.First(), Is.EqualTo(HashiCorpAptKey.Fingerprint));
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }
}
