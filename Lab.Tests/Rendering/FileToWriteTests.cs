using Lab.Components.Rendering;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class FileToWriteTests
{
    [Test]
    public void ToString_leaves_out_the_content_which_may_be_a_key() =>
        Assert.That(
            new FileToWrite("/etc/consul.d/tls/agent-key.pem", "-----BEGIN EC PRIVATE KEY-----\nsecret\n", "0600", "consul", "consul").ToString(),
            Is.EqualTo("FileToWrite { Path = /etc/consul.d/tls/agent-key.pem, Mode = 0600, Owner = consul, Group = consul, Content = (38 chars) }"));
}
