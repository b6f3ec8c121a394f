namespace Lab.Tests.Fuzz;

/// <summary>
/// Shortens a failing case to a smallest list of its own mutations that still fails, by dropping one mutation at a
/// time while the case keeps failing. Mutations pick their targets by number, so every shorter list still applies;
/// the result names the few mutations that matter, which is what a reader of the failure needs.
/// </summary>
public static class FuzzShrinker
{
    /// <summary>Most synth runs spent shrinking one failure.</summary>
    public const int MaxAttempts = 40;

    public static async Task<FuzzCase> ShrinkAsync(FuzzCase failing, Func<FuzzCase, Task<bool>> fails)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(fails);
        var smallest = failing;
        var attempts = 0;
        var shrunk = true;
        while (shrunk && attempts < MaxAttempts)
        {
            shrunk = false;
            foreach (var candidate in smallest.WithOneMutationFewer())
            {
                if (++attempts > MaxAttempts)
                {
                    break;
                }

                if (await fails(candidate))
                {
                    smallest = candidate;
                    shrunk = true;
                    break;
                }
            }
        }

        return smallest;
    }
}
