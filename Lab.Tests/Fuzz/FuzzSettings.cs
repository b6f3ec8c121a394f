using System.Globalization;

namespace Lab.Tests.Fuzz;

/// <summary>
/// How many cases the fuzz test runs, from which seed. CI runs the defaults; a longer run or the reproduction of one
/// case sets the environment variables (README, "Fuzzing the config").
/// </summary>
public sealed record FuzzSettings(ulong Seed, int First, int Cases, int ProcessCases, bool Verbose = false)
{
    /// <summary>The seed CI runs with: issue 11's number, fixed so that every run tries the same cases.</summary>
    public const ulong DefaultSeed = 11;

    /// <summary>Cases run in-process in CI: about 25 s on 2 cores.</summary>
    public const int DefaultCases = 500;

    /// <summary>Cases run through a real <c>dotnet Lab.Infra.dll synth</c> process in CI, about a second each.</summary>
    public const int DefaultProcessCases = 4;

    public bool IsDefault => (Seed, First, Cases, ProcessCases) == (DefaultSeed, 0, DefaultCases, DefaultProcessCases);

    public static FuzzSettings FromEnvironment() => new(
        Read("LAB_FUZZ_SEED", DefaultSeed, ulong.Parse),
        Read("LAB_FUZZ_FIRST", 0, int.Parse),
        Read("LAB_FUZZ_CASES", DefaultCases, int.Parse),
        Read("LAB_FUZZ_PROCESS_CASES", DefaultProcessCases, int.Parse),
        Environment.GetEnvironmentVariable("LAB_FUZZ_VERBOSE") is "1");

    /// <summary>The command that reruns exactly one case.</summary>
    public string Reproduce(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"LAB_FUZZ_SEED={Seed} LAB_FUZZ_FIRST={index} LAB_FUZZ_CASES=1 LAB_FUZZ_PROCESS_CASES=0 ")
        + "dotnet test Lab.Tests -p:PulumiSdk=offline --filter \"FullyQualifiedName~StackFileFuzzTests\"";

    private static T Read<T>(string name, T fallback, Func<string, IFormatProvider, T> parse) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? parse(text, CultureInfo.InvariantCulture) : fallback;
}
