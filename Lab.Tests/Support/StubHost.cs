namespace Lab.Tests.Support;

/// <summary>
/// A Pi for push scripts: a folder with stub <c>apt-get</c>, <c>dpkg-query</c> and <c>systemctl</c> first on PATH,
/// which record their calls; every other command (dnsmasq, haproxy, mktemp, cmp) is the real one.
/// </summary>
public sealed class StubHost : IDisposable
{
    private readonly string _bin;
    private readonly string _state;

    /// <param name="installedVersions">Packages already installed, with their versions.</param>
    /// <param name="installVersion">The version <c>apt-get install</c> installs.</param>
    public StubHost(IReadOnlyDictionary<string, string> installedVersions, string installVersion = "2.6.12-1+deb12u2")
    {
        Root = Directory.CreateTempSubdirectory("lab-stubhost-").FullName;
        _bin = Directory.CreateDirectory(System.IO.Path.Combine(Root, "bin")).FullName;
        _state = Directory.CreateDirectory(System.IO.Path.Combine(Root, "state")).FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(_state, "installed"));
        foreach (var (package, version) in installedVersions)
        {
            File.WriteAllText(System.IO.Path.Combine(_state, "installed", package), version);
        }
        var state = Rendering.ShellQuoteFor(_state);
        Stub("dpkg-query", $$"""
            package=${*: -1}
            if [[ ! -f {{state}}/installed/$package ]]; then echo "dpkg-query: no packages found matching $package" >&2; exit 1; fi
            case $* in
              *'${Status}'*) printf 'install ok installed' ;;
              *'${Version}'*) cat {{state}}/installed/"$package" ;;
            esac
            """);
        Stub("apt-get", $$"""
            echo "apt-get $*" >>{{state}}/calls
            if [[ $1 == install ]]; then for p in "${@:2}"; do [[ $p == -* ]] || printf '%s' {{Rendering.ShellQuoteFor(installVersion)}} >{{state}}/installed/"$p"; done; fi
            """);
        Stub("systemctl", $$"""
            echo "systemctl $*" >>{{state}}/calls
            case $* in
              'is-active --quiet '*) [[ -f {{state}}/active-${*: -1} ]] ;;
              'restart '*|'start '*) touch {{state}}/active-${*: -1} ;;
            esac
            """);
    }

    public string Root { get; }

    /// <summary>The stubs' calls, in order.</summary>
    public IReadOnlyList<string> Calls => File.Exists(CallsPath) ? File.ReadAllLines(CallsPath) : [];

    private string CallsPath => System.IO.Path.Combine(_state, "calls");

    /// <summary>A path under the host's root, e.g. <c>etc/dnsmasq.d/homelab.conf</c>.</summary>
    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Marks a service as running.</summary>
    public void Start(string service) => File.WriteAllText(System.IO.Path.Combine(_state, $"active-{service}"), "");

    public void ClearCalls() => File.Delete(CallsPath);

    /// <summary>Runs the script as root would over SSH (<c>sudo bash -s</c>).</summary>
    public ProcessResult Run(string script) => Processes.Run("/bin/bash", ["-s"], script, new Dictionary<string, string>
    {
        ["PATH"] = $"{_bin}:/usr/sbin:/usr/bin:/sbin:/bin",
        ["TMPDIR"] = _state,
        ["HOME"] = Root,
    });

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Stub(string name, string body)
    {
        var path = System.IO.Path.Combine(_bin, name);
        File.WriteAllText(path, "#!/bin/bash\nset -eu\n" + body + "\n");
        Processes.Run("chmod", ["0755", path]);
    }

    private static class Rendering
    {
        public static string ShellQuoteFor(string value) => Lab.Components.Rendering.ShellQuote.Single(value);
    }
}
