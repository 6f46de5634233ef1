namespace Zexus.Conformance;

/// <summary>
/// Divergences between the evaluator and the ZVM that the differential fuzz has found and that are not fixed
/// yet, each with a minimal reproducer and a reason. The fuzz tolerates a divergence only when one entry
/// explains it; <see cref="EngineDifferentialFuzzTests.KnownDivergences_StillReproduce"/> fails once an entry's
/// reproducer agrees on both engines, so a fixed bug must leave this list.
/// </summary>
public static class KnownDivergences
{
    private sealed record Entry(string Name, string Reproducer, string Reason, Func<string, EngineRun, EngineRun, bool> Matches);

    private static readonly Entry[] Entries =
    [
    ];

    /// <summary>The name of the known divergence that explains this pair of runs, or null.</summary>
    public static string? Explain(string source, EngineRun evaluator, EngineRun vm) =>
        Entries.FirstOrDefault(e => e.Matches(source, evaluator, vm))?.Name;

    public static IEnumerable<(string Name, string Source)> Reproducers() => Entries.Select(e => (e.Name, e.Reproducer));
}
