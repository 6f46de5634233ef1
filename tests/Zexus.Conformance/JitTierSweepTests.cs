namespace Zexus.Conformance;

/// <summary>
/// The gas and step limit sweeps of <see cref="JitTierTests"/>: on every corpus program the stack interpreter and
/// the IL JIT stop at the same point, with the same output, errors, gas and steps, under each limit of a sweep over
/// the program's whole run. The sweeps run each program about a hundred times per tier, so the corpus is cut into
/// <see cref="Shards"/> slices, one test class each (<c>JitTierSweepShard0Tests</c>, …), which xunit runs in parallel.
/// </summary>
/// <typeparam name="TShard">The test class, naming its slice.</typeparam>
public abstract class JitTierSweepTests<TShard>
    where TShard : IShard
{
    /// <summary>How many slices the corpus is cut into; there is one <c>JitTierSweepShard</c><i>N</i><c>Tests</c> class per slice.</summary>
    public const int Shards = 8;

    /// <summary>The corpus programs of this class's slice.</summary>
    public static IEnumerable<object[]> Programs => TestData.CorpusProgramsShard(TShard.Index, Shards);

    [CorpusTheory]
    [MemberData(nameof(Programs))]
    public void Corpus_GasLimitSweep_VmAndJitStopAtTheSamePoint(string program) =>
        JitTierTests.SweepBothTiers(program, o => o.GasUsed, (dir, engine, limit) => JitTierTests.Run(dir, program, engine, gasLimit: limit));

    [CorpusTheory]
    [MemberData(nameof(Programs))]
    public void Corpus_StepLimitSweep_VmAndJitStopAtTheSamePoint(string program) =>
        JitTierTests.SweepBothTiers(program, o => o.Steps, (dir, engine, limit) => JitTierTests.Run(dir, program, engine, maxSteps: limit));
}
