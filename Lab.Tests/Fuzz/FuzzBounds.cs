using System.Globalization;

namespace Lab.Tests.Fuzz;

/// <summary>
/// How long one synth may take and how much it may allocate, as multiples of a synth of the unmutated lab stack
/// measured on the same machine in the same run (the slowest thing a valid small lab does), so the bounds hold on a
/// fast laptop and a loaded CI runner alike. The largest valid lab the rules allow (200 clients, about 2,000
/// resources) took 4.6 s as a process against 1 s for the seed lab, so <see cref="Factor"/> leaves room for it while
/// a run away like <c>servers.count: 100000000</c> (minutes, 17 GB) is caught within seconds.
/// </summary>
public sealed record FuzzBounds(TimeSpan Time, long AllocatedBytes)
{
    public const int Factor = 20;

    /// <summary>The shortest time bound, for a machine so fast that Factor times its baseline leaves no room for a pause of the GC.</summary>
    public static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(5);

    /// <summary>The longest line synth prints: one problem a line, values shortened (EchoedValue), and a line longer than this floods a terminal.</summary>
    public const int MaxLineLength = 2_000;

    public static FuzzBounds FromBaseline(TimeSpan time, long allocatedBytes) =>
        new(TimeSpan.FromTicks(Math.Max(MinimumTime.Ticks, time.Ticks * Factor)), allocatedBytes * Factor);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Time.TotalSeconds:0.0} s and {AllocatedBytes / 1e6:0} MB allocated a case");
}
