using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CertbotScriptTests
{
    private const string Token = "cf_scoped_token_0123456789abcdef";

    private static readonly CertbotRequest Request = new() { Domain = "lab.example.com", Email = "admin@example.com", CloudflareToken = Token };

    [Test]
    public void Script_and_hook_parse_under_bash_and_sh_and_pass_shellcheck()
    {
        ShellTools.AssertBashParses(CertbotScript.Render(Request));
        ShellTools.AssertShellCheckClean(CertbotScript.Render(Request), "bash");
        ShellTools.AssertShParses(CertbotScript.DeployHook());
        ShellTools.AssertShellCheckClean(CertbotScript.DeployHook(), "sh");
    }

    [Test]
    public void The_token_goes_only_into_the_0600_credentials_file_never_into_certbots_argv()
    {
        var script = CertbotScript.Render(Request);

        Assert.That(script, Does.Contain($"if write_if_changed '{CertbotScript.CredentialsPath}' 0600 'root' <<'LAB_EOF'\ndns_cloudflare_api_token = {Token}\nLAB_EOF\n"));
        Assert.That(script.Split('\n').Count(line => line.Contains(Token, StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void Certbot_asks_for_the_domain_and_its_wildcard_by_dns_01_on_cloudflare_with_the_deploy_hook()
    {
        var script = CertbotScript.Render(Request);

        Assert.That(script, Does.Contain("  --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/homelab-cloudflare.ini"));
        Assert.That(script, Does.Contain("  -d 'lab.example.com' -d '*.lab.example.com' \\\n  --deploy-hook /etc/haproxy/certbot-deploy-hook\n"));
        Assert.That(script, Does.Contain("packages=(haproxy certbot python3-certbot-dns-cloudflare)\n"));
        Assert.That(script, Does.Not.Contain("--staging"));
    }

    [Test]
    public void The_hook_builds_the_pem_from_the_full_chain_and_key_and_reloads_only_a_checked_config()
    {
        var hook = CertbotScript.DeployHook();

        Assert.That(hook, Does.Contain("cat \"$RENEWED_LINEAGE/fullchain.pem\" \"$RENEWED_LINEAGE/privkey.pem\" > \"$staged\"\n"));
        Assert.That(hook, Does.Contain("if systemctl is-active --quiet haproxy && haproxy -c -q -f /etc/haproxy/haproxy.cfg; then\n  systemctl reload haproxy\nfi\n"));
        Assert.That(hook, Does.Not.Contain("restart"));
    }

    [Test]
    public void Request_prints_no_token() => Assert.That(Request.ToString(), Does.Not.Contain(Token));
}
