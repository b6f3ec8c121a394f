using System.Security.Cryptography;
using System.Text;
using Lab.Components;
using Lab.Components.Components;
using Lab.Components.Rendering;
using Lab.Tests.Support;

namespace Lab.Tests.Rendering;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CloudflaredPushScriptTests
{
    private const string Token = "eyJhIjoiYWNjb3VudCIsInQiOiJ0dW5uZWwiLCJzIjoic2VjcmV0In0=";

    private static readonly CloudflaredPush Seed = CloudflareTunnel.Push(CloudflaredService.Unit("homelab"), CloudflaredService.EnvironmentFile(Token));

    [Test]
    public void Script_for_the_seed_lab_matches_its_golden_file() =>
        Golden.AssertMatches("CloudflaredPushScript.Seed.sh", CloudflaredPushScript.Render(Seed with { EnvironmentFile = CloudflaredService.EnvironmentFile(HostFile.Redacted) }));

    [Test]
    public void Script_parses_under_bash_and_passes_shellcheck()
    {
        var script = CloudflaredPushScript.Render(Seed);

        ShellTools.AssertBashParses(script);
        ShellTools.AssertShellCheckClean(script, "bash");
    }

    [Test]
    public void Script_pins_the_release_of_versions_and_a_hash_for_each_pi_architecture()
    {
        var script = CloudflaredPushScript.Render(Seed);

        Assert.That(script, Does.Contain($"version='{Versions.Cloudflared}'\n"));
        Assert.That(script, Does.Contain($"  arm64) sha256={CloudflaredRelease.Sha256["arm64"]} ;;\n"));
        Assert.That(script, Does.Contain($"  armhf) sha256={CloudflaredRelease.Sha256["armhf"]} ;;\n"));
    }

    [Test]
    public void A_first_run_installs_the_pinned_package_writes_both_files_and_starts_cloudflared()
    {
        using var pi = new StubPi("arm64");

        var result = pi.Push(Token, "2026.9.3");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Describe());
            Assert.That(pi.Calls, Is.EqualTo(new[]
            {
                "curl https://github.com/cloudflare/cloudflared/releases/download/2026.9.3/cloudflared-linux-arm64.deb",
                "apt-mark unhold cloudflared",
                "dpkg --install cloudflared 2026.9.3 for arm64",
                "apt-mark hold cloudflared",
                "systemctl daemon-reload",
                "systemctl enable --quiet cloudflared",
                "systemctl restart cloudflared",
            }));
            Assert.That(File.ReadAllText(pi.EnvironmentPath), Is.EqualTo($"TUNNEL_TOKEN={Token}\n"));
            Assert.That(Processes.Run("stat", ["-c", "%a", pi.EnvironmentPath]).StdOut.Trim(), Is.EqualTo("600"));
            Assert.That(Processes.Run("stat", ["-c", "%a", pi.UnitPath]).StdOut.Trim(), Is.EqualTo("644"));
            Assert.That(File.ReadAllText(pi.UnitPath), Is.EqualTo(CloudflaredService.Unit("homelab", pi.EnvironmentPath)));
            Assert.That(Directory.GetFiles(pi.Root, ".*", SearchOption.AllDirectories), Is.Empty, "staged files are left behind");
        });
    }

    [Test]
    public void A_second_run_with_nothing_changed_neither_downloads_nor_restarts()
    {
        using var pi = new StubPi("arm64");
        pi.Push(Token, "2026.9.3");
        pi.ClearCalls();

        var result = pi.Push(Token, "2026.9.3");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.Calls, Is.EqualTo(new[] { "systemctl enable --quiet cloudflared", "systemctl is-active --quiet cloudflared" }));
    }

    [Test]
    public void A_new_token_restarts_cloudflared_without_a_download()
    {
        using var pi = new StubPi("arm64");
        pi.Push(Token, "2026.9.3");
        pi.ClearCalls();

        var result = pi.Push("bmV3LXRva2Vu", "2026.9.3");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.Calls, Is.EqualTo(new[] { "systemctl enable --quiet cloudflared", "systemctl restart cloudflared" }));
        Assert.That(File.ReadAllText(pi.EnvironmentPath), Is.EqualTo("TUNNEL_TOKEN=bmV3LXRva2Vu\n"));
    }

    [Test]
    public void A_new_version_is_downloaded_installed_and_restarted_into()
    {
        using var pi = new StubPi("armhf");
        pi.Push(Token, "2026.9.3");
        pi.ClearCalls();

        var result = pi.Push(Token, "2026.10.0");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.Calls, Is.EqualTo(new[]
        {
            "curl https://github.com/cloudflare/cloudflared/releases/download/2026.10.0/cloudflared-linux-armhf.deb",
            "apt-mark unhold cloudflared",
            "dpkg --install cloudflared 2026.10.0 for armhf",
            "apt-mark hold cloudflared",
            "systemctl enable --quiet cloudflared",
            "systemctl restart cloudflared",
        }));
    }

    [Test]
    public void A_stopped_cloudflared_is_started_although_nothing_changed()
    {
        using var pi = new StubPi("arm64");
        pi.Push(Token, "2026.9.3");
        pi.Stop();
        pi.ClearCalls();

        var result = pi.Push(Token, "2026.9.3");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.Calls, Is.EqualTo(new[] { "systemctl enable --quiet cloudflared", "systemctl is-active --quiet cloudflared", "systemctl restart cloudflared" }));
    }

    [Test]
    public void A_package_without_its_pinned_hash_is_not_installed_and_nothing_is_written()
    {
        using var pi = new StubPi("arm64");
        pi.ServeTamperedPackage();

        var result = pi.Push(Token, "2026.9.3");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Not.Zero);
            Assert.That(result.StdErr, Does.Contain("cloudflared-linux-arm64.deb 2026.9.3 does not have its pinned SHA-256"));
            Assert.That(pi.Calls, Is.EqualTo(new[] { "curl https://github.com/cloudflare/cloudflared/releases/download/2026.9.3/cloudflared-linux-arm64.deb" }));
            Assert.That(File.Exists(pi.EnvironmentPath), Is.False);
        });
    }

    [Test]
    public void A_pi_whose_architecture_has_no_pinned_package_is_refused()
    {
        using var pi = new StubPi("armel");

        var result = pi.Push(Token, "2026.9.3");

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StdErr.Trim(), Is.EqualTo("cloudflared 2026.9.3 is pinned for arm64, armhf only, not for this Pi's armel"));
        Assert.That(pi.Calls, Is.Empty);
    }

    [Test]
    public void The_token_is_in_no_argv_and_no_output()
    {
        using var pi = new StubPi("arm64");

        var result = pi.Push(Token, "2026.9.3");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.ArgvLog + result.StdOut + result.StdErr, Does.Not.Contain(Token));
    }

    [Test]
    public void The_updater_of_a_hand_setup_is_disabled()
    {
        using var pi = new StubPi("arm64");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(pi.UnitPath)!, "cloudflared-update.timer"), "[Timer]\nOnCalendar=daily\n");

        var result = pi.Push(Token, "2026.9.3");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(pi.Calls, Does.Contain("systemctl disable --now --quiet cloudflared-update.timer"));
    }

    [Test]
    public void Render_refuses_content_that_would_end_its_heredoc_early()
    {
        var error = Assert.Throws<ArgumentException>(() => CloudflaredPushScript.Render(Seed with { Unit = "[Unit]\nLAB_EOF\n" }));

        Assert.That(error!.Message, Does.StartWith("the content for '/etc/systemd/system/cloudflared.service' must end with a line break and hold neither NUL nor a line LAB_EOF"));
    }

    /// <summary>
    /// A stand-in for the edge Pi: the real coreutils, and stubs for dpkg, dpkg-query, apt-mark, curl and systemctl that
    /// log their calls. curl "downloads" a package whose content names the version and architecture; its hash is what
    /// the push pins, unless <see cref="ServeTamperedPackage"/>.
    /// </summary>
    private sealed class StubPi : IDisposable
    {
        private readonly string _bin;
        private readonly string _state;
        private readonly string _arch;

        public StubPi(string arch)
        {
            _arch = arch;
            Root = Directory.CreateTempSubdirectory("lab-stubpi-").FullName;
            _bin = Directory.CreateDirectory(Path.Combine(Root, "bin")).FullName;
            _state = Directory.CreateDirectory(Path.Combine(Root, "state")).FullName;
            UnitPath = Path.Combine(Root, "etc", "systemd", "system", "cloudflared.service");
            EnvironmentPath = Path.Combine(Root, "etc", "cloudflared", "tunnel.env");
            Directory.CreateDirectory(Path.GetDirectoryName(UnitPath)!);
            var state = ShellQuote.Single(_state);
            File.WriteAllText(Path.Combine(_state, "arch"), arch);
            Stub("dpkg", $$"""
                case $1 in
                  --print-architecture) cat {{state}}/arch ;;
                  --install) echo "dpkg --install $(cat "$2")" >>{{state}}/calls; cat "$2" >{{state}}/installed ;;
                  *) echo "stub dpkg: $*" >&2; exit 2 ;;
                esac
                """);
            Stub("dpkg-query", $$"""
                if [[ $* != '--show --showformat=${Version} cloudflared' ]]; then echo "stub dpkg-query: $*" >&2; exit 2; fi
                if [[ ! -f {{state}}/installed ]]; then echo "dpkg-query: no packages found matching cloudflared" >&2; exit 1; fi
                read -r _ version _ <{{state}}/installed
                printf '%s' "$version"
                """);
            Stub("apt-mark", $$"""echo "apt-mark $*" >>{{state}}/calls""");
            Stub("curl", $$"""
                output='' url=''
                while [[ $# -gt 0 ]]; do
                  case $1 in --output) output=$2; shift 2 ;; --proto|--proto-redir|--retry) shift 2 ;; -*) shift ;; *) url=$1; shift ;; esac
                done
                echo "curl $url" >>{{state}}/calls
                version=${url#*/download/}; version=${version%%/*}
                printf 'cloudflared %s for %s%s\n' "$version" "$(cat {{state}}/arch)" "$(cat {{state}}/tamper 2>/dev/null)" >"$output"
                """);
            Stub("systemctl", $$"""
                echo "systemctl $*" >>{{state}}/calls
                case $* in
                  'is-active --quiet cloudflared') [[ -f {{state}}/active ]] ;;
                  'restart cloudflared') touch {{state}}/active ;;
                esac
                """);
        }

        public string Root { get; }

        public string UnitPath { get; }

        public string EnvironmentPath { get; }

        public IReadOnlyList<string> Calls => File.Exists(CallsPath) ? File.ReadAllLines(CallsPath) : [];

        public string ArgvLog => File.Exists(CallsPath) ? File.ReadAllText(CallsPath) : "";

        private string CallsPath => Path.Combine(_state, "calls");

        /// <summary>Runs the push of <paramref name="token"/> and cloudflared <paramref name="version"/>, as root would over SSH.</summary>
        public ProcessResult Push(string token, string version)
        {
            var script = CloudflaredPushScript.Render(new CloudflaredPush
            {
                Version = version,
                PackageSha256 = new Dictionary<string, string>
                {
                    ["arm64"] = Sha256($"cloudflared {version} for arm64\n"),
                    ["armhf"] = Sha256($"cloudflared {version} for armhf\n"),
                },
                Unit = CloudflaredService.Unit("homelab", EnvironmentPath),
                EnvironmentFile = CloudflaredService.EnvironmentFile(token),
                UnitPath = UnitPath,
                EnvironmentPath = EnvironmentPath,
            });
            return Processes.Run("/bin/bash", ["-s"], script, new Dictionary<string, string>
            {
                ["PATH"] = $"{_bin}:/usr/bin:/bin",
                ["TMPDIR"] = _state,
                ["LC_ALL"] = "C",
            });
        }

        public void ServeTamperedPackage() => File.WriteAllText(Path.Combine(_state, "tamper"), " with a backdoor");

        public void Stop() => File.Delete(Path.Combine(_state, "active"));

        public void ClearCalls() => File.Delete(CallsPath);

        public void Dispose() => Directory.Delete(Root, recursive: true);

        private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        private void Stub(string name, string body)
        {
            var path = Path.Combine(_bin, name);
            File.WriteAllText(path, "#!/bin/bash\nset -u\n" + body.ReplaceLineEndings("\n") + "\n");
            if (OperatingSystem.IsWindows())
            {
                throw new PlatformNotSupportedException("The stubs are bash scripts; run these tests on Linux.");
            }

            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
