using Lab.Components.Rendering;

namespace Lab.Tests.Support;

/// <summary>
/// A stand-in for a VM, for running rendered <c>Create</c> commands on loopback-free stubs. Its <c>bin</c> directory
/// is the whole PATH, so a script can run nothing but shell builtins and these stubs, each of which logs its argv:
/// <c>sudo</c> (runs <c>bash</c> as is), <c>sleep</c> (returns at once), and <c>curl</c>, which logs its config
/// (its stdin) and answers like a local Consul or Nomad agent from the files under <see cref="StateDir"/>.
/// </summary>
public sealed class StubVm : IDisposable
{
    public StubVm()
    {
        Root = Directory.CreateTempSubdirectory("lab-stubvm-").FullName;
        BinDir = Directory.CreateDirectory(Path.Combine(Root, "bin")).FullName;
        StateDir = Directory.CreateDirectory(Path.Combine(Root, "state")).FullName;
        Directory.CreateDirectory(Path.Combine(StateDir, "tokens"));
        Directory.CreateDirectory(Path.Combine(StateDir, "policies"));
        Leader = "\"10.0.0.1:8300\"";
        var state = ShellQuote.Single(StateDir);

        WriteStub("sudo", $$"""
            printf 'sudo %s\n' "$*" >>{{state}}/argv.log
            if [[ $1 != bash ]]; then echo "stub sudo runs only bash, not $1" >&2; exit 97; fi
            shift
            exec /bin/bash "$@"
            """);
        WriteStub("sleep", $$"""
            printf 'sleep %s\n' "$*" >>{{state}}/argv.log
            printf '%s\n' "$*" >>{{state}}/sleeps.log
            """);
        WriteStub("curl", $$"""
            PATH=/usr/bin:/bin
            state={{state}}
            printf 'curl %s\n' "$*" >>"$state/argv.log"
            config=$(cat)
            printf '%s\n\n' "$config" >>"$state/configs.log"
            url='' method=GET token='' data=''
            while IFS= read -r line; do
              case $line in
                'url = "'*) url=${line#'url = "'}; url=${url%'"'} ;;
                'request = "'*) method=${line#'request = "'}; method=${method%'"'} ;;
                'header = "X-'*'-Token: '*) token=${line#*-Token: }; token=${token%'"'} ;;
                # curl turns \X into X inside quotes; JSON's own escapes arrive doubled (\\n, \\\").
                'data = "'*) data=${line#'data = "'}; data=${data%'"'}; data=$(printf '%s' "$data" | sed 's/\\\(.\)/\1/g') ;;
              esac
            done <<<"$config"
            path=/${url#*://*/}
            printf '%s %s\n' "$method" "$path" >>"$state/requests.log"
            # What the scripts' write-out asks for: the body, curl's error message (none here), the HTTP code.
            respond() { printf '%s\n\n%s' "$2" "$1"; exit 0; }
            field() { if [[ $data =~ \"$1\":\"([^\"]*)\" ]]; then printf '%s' "${BASH_REMATCH[1]}"; fi; }
            management() { [[ -n $token && $token == "$(cat "$state/management")" ]] || respond 403 'Permission denied'; }
            # IDs a real Consul would draw: derived from the name or secret here, so a test can predict them.
            id_of() { printf '00000000-0000-4000-8000-%s' "$(printf '%s' "$1" | md5sum | cut -c1-12)"; }
            if [[ -f $state/unreachable ]]; then
              printf '\nFailed to connect to 127.0.0.1: Connection refused\n000'
              exit 7
            fi
            case "$method $path" in
              'GET /v1/status/leader') respond 200 "$(cat "$state/leader")" ;;
              'GET /v1/acl/token/self')
                if [[ -n $token && -f $state/tokens/$token ]]; then respond 200 "{\"AccessorID\":\"$(id_of "$token")\",\"SecretID\":\"$token\"}"; fi
                respond 403 'ACL not found' ;;
              'GET /v1/acl/policy/name/'*)
                management
                if [[ -f $state/policies/${path##*/} ]]; then respond 200 "{\"ID\":\"$(id_of "${path##*/}")\",$(cut -c2- "$state/policies/${path##*/}")"; fi
                respond 403 'ACL not found' ;;
              'PUT /v1/acl/policy/'*)
                management
                name=$(field Name)
                [[ ${path##*/} == "$(id_of "$name")" ]] || respond 404 'ACL not found'
                printf '%s' "$data" >"$state/policies/$name"
                respond 200 "$data" ;;
              'PUT /v1/acl/token/'*)
                management
                secret=$(field SecretID)
                [[ -f $state/tokens/$secret && ${path##*/} == "$(id_of "$secret")" ]] || respond 404 'ACL not found'
                printf '%s' "$data" >"$state/tokens/$secret"
                respond 200 "$data" ;;
              'PUT /v1/acl/policy')
                management
                printf '%s' "$data" >"$state/policies/$(field Name)"
                respond 200 "$data" ;;
              'PUT /v1/acl/token')
                management
                secret=$(field SecretID)
                if [[ -f $state/tokens/$secret ]]; then respond 500 'Invalid Token: SecretID is already in use'; fi
                printf '%s' "$data" >"$state/tokens/$secret"
                respond 200 "$data" ;;
              'POST /v1/acl/bootstrap')
                if [[ -f $state/bootstrapped ]]; then respond 400 'ACL bootstrap already done (reset index: 7)'; fi
                secret=$(field BootstrapSecret)
                printf '%s' "$data" >"$state/tokens/$secret"
                touch "$state/bootstrapped"
                respond 200 "{\"SecretID\":\"$secret\"}" ;;
            esac
            respond 404 "stub: no route for $method $path"
            """);
    }

    public string Root { get; }

    /// <summary>The only directory on PATH.</summary>
    public string BinDir { get; }

    /// <summary>The fake agent's state and the stubs' logs.</summary>
    public string StateDir { get; }

    /// <summary>The body of <c>GET /v1/status/leader</c>: a quoted address, or <c>""</c> while there is no leader.</summary>
    public string Leader
    {
        get => File.ReadAllText(Path.Combine(StateDir, "leader"));
        set => File.WriteAllText(Path.Combine(StateDir, "leader"), value);
    }

    /// <summary>Makes every curl call fail as if nothing listened (exit 7, HTTP code 000).</summary>
    public void MakeUnreachable() => File.WriteAllText(Path.Combine(StateDir, "unreachable"), string.Empty);

    /// <summary>The token the fake accepts for writes; it also exists as a token when <paramref name="exists"/>.</summary>
    public void SetManagementToken(string secret, bool exists = true)
    {
        File.WriteAllText(Path.Combine(StateDir, "management"), secret);
        if (exists)
        {
            AddToken(secret, "{}");
        }
    }

    public void AddToken(string secret, string body) => File.WriteAllText(Path.Combine(StateDir, "tokens", secret), body);

    /// <summary>Marks Nomad's ACLs as bootstrapped already, with a token nobody here knows.</summary>
    public void MarkBootstrapped() => File.WriteAllText(Path.Combine(StateDir, "bootstrapped"), string.Empty);

    /// <summary>The request bodies of the tokens that exist, by SecretID.</summary>
    public IReadOnlyDictionary<string, string> Tokens =>
        Directory.GetFiles(Path.Combine(StateDir, "tokens")).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    /// <summary>The request bodies of the policies that exist, by name.</summary>
    public IReadOnlyDictionary<string, string> Policies =>
        Directory.GetFiles(Path.Combine(StateDir, "policies")).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    /// <summary>Every stub's argv, one call per line (an argument may span lines).</summary>
    public string ArgvLog => ReadLog("argv.log");

    /// <summary>Every curl config (curl's stdin), each followed by an empty line.</summary>
    public string CurlConfigs => ReadLog("configs.log");

    /// <summary>The requests the fake agent got, as "METHOD /path".</summary>
    public IReadOnlyList<string> Requests => Lines("requests.log");

    /// <summary>The arguments of each sleep.</summary>
    public IReadOnlyList<string> Sleeps => Lines("sleeps.log");

    /// <summary>Forgets the logs (not the state), to look at one run alone.</summary>
    public void ClearLogs()
    {
        foreach (var log in new[] { "argv.log", "configs.log", "requests.log", "sleeps.log" })
        {
            File.Delete(Path.Combine(StateDir, log));
        }
    }

    /// <summary>Adds a stub: a bash script named <paramref name="name"/> in <see cref="BinDir"/>.</summary>
    public void WriteStub(string name, string body)
    {
        var path = Path.Combine(BinDir, name);
        File.WriteAllText(path, "#!/bin/bash\n" + body.ReplaceLineEndings("\n") + "\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The stubs are bash scripts; run these tests on Linux.");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Runs <paramref name="command"/> as the admin's login shell would (<c>/bin/sh -c</c>), with only the stubs on PATH.</summary>
    public ProcessResult Run(string command, string stdin) =>
        Processes.Run("/bin/sh", ["-c", command], stdin, new Dictionary<string, string> { ["PATH"] = BinDir, ["LC_ALL"] = "C" });

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string ReadLog(string name)
    {
        var path = Path.Combine(StateDir, name);
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }

    private string[] Lines(string name) =>
        ReadLog(name).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
