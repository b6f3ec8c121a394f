using Lab.Components.Rendering;

namespace Lab.Tests.Rendering;

[Parallelizable(ParallelScope.All)]
public class OpenSshPublicKeyTests
{
    [TestCase("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA admin@lab", true)] // ed25519 with a comment
    [TestCase("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true)] // no comment
    [TestCase("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false)] // ed25519 blob under the rsa type
    [TestCase("ssh-ed25519 not-base64!", false)] // blob does not decode
    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----", false)] // a private key pasted by mistake
    [TestCase("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA a\nssh-ed25519 AAAA", false)] // two lines in one
    [TestCase("ssh-dss AAAAB3NzaC1kc3M=", false)] // a type OpenSSH no longer accepts
    public void IsValidLine_accepts_one_public_key_line_only(string line, bool valid)
    {
        Assert.That(OpenSshPublicKey.IsValidLine(line), Is.EqualTo(valid));
    }
}
