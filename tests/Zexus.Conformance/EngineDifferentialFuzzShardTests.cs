using Xunit.Abstractions;

namespace Zexus.Conformance;

/// <summary>
/// The differential fuzz of <see cref="EngineDifferentialFuzzTests"/>, one seeded slice of its programs per test
/// class (<c>EngineDifferentialFuzzShard0Tests</c>, …) so that xunit runs the slices in parallel: each slice
/// compares a third of the programs, from its own seed.
/// </summary>
/// <typeparam name="TShard">The test class, naming its slice.</typeparam>
public abstract class EngineDifferentialFuzzShardTests<TShard>(ITestOutputHelper output)
    where TShard : IShard
{
    /// <summary>How many slices the fuzz is cut into; there is one <c>EngineDifferentialFuzzShard</c><i>N</i><c>Tests</c> class per slice.</summary>
    public const int Shards = 3;

    /// <summary>The one row of this class's theory: its slice number, which also picks the seed.</summary>
    public static TheoryData<int> Shard => [TShard.Index];

    [CorpusTheory]
    [MemberData(nameof(Shard))]
    public void MutatedCorpusPrograms_SameResultOnBothEngines(int shard)
    {
        if (TestData.CorpusDirectory is not { } dir)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        var sources = Directory.GetFiles(dir, "*.zx").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var lines = sources.SelectMany(s => s.Split('\n')).Where(l => l.Trim().Length > 0).ToArray();
        var rng = new Random(EngineDifferentialFuzzTests.Seed + shard);
        var compared = 0;
        var stepLimited = 0;
        var failures = new List<string>();
        var exits = new int[2];
        for (var i = 0; i < EngineDifferentialFuzzTests.Programs / Shards && failures.Count < 5; i++)
        {
            var source = EngineDifferentialFuzzTests.NextParsingProgram(rng, sources, lines);
            var (evaluator, vm) = EngineDifferentialFuzzTests.Run(dir, source);
            if (evaluator is null || vm is null)
            {
                failures.Add($"shard {shard} case {i}: an engine crashed\n{source}\n{evaluator?.Describe()}\n{vm?.Describe()}");
                continue;
            }

            if (evaluator.HitStepLimit || vm.HitStepLimit)
            {
                stepLimited++;
                continue;
            }

            compared++;
            exits[evaluator.ExitCode == 0 ? 0 : 1]++;
            if (!EngineRun.Diverge(evaluator, vm) || KnownDivergences.Explain(source, evaluator, vm) is not null)
            {
                continue;
            }

            var small = ProgramMinimizer.Minimize(source, s => EngineDifferentialFuzzTests.Parses(s) && EngineDifferentialFuzzTests.Run(dir, s) is ({ } e, { } v) && EngineRun.Diverge(e, v) && KnownDivergences.Explain(s, e, v) is null);
            var (se, sv) = EngineDifferentialFuzzTests.Run(dir, small);
            failures.Add($"shard {shard} case {i}: engines diverge on\n{small}\n=== evaluator: {se?.Describe()}=== vm: {sv?.Describe()}");
        }

        output.WriteLine($"compared: {compared} (ran to the end: {exits[0]}, error: {exits[1]}), step limit (skipped): {stepLimited}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(compared > EngineDifferentialFuzzTests.Programs / Shards / 2, $"only {compared} programs were compared");
    }
}
