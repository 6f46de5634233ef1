using Zexus.Lang;
using Zexus.Lang.Evaluator;

namespace Zexus.Conformance;

/// <summary>
/// DESIGN.md invariant 1 for the bytecode tiers: the stack interpreter and the IL JIT give identical output,
/// errors, exit status, gas and instruction counts on every corpus program — also when the gas limit or the
/// step limit stops the program part way, at every point of a sweep over the program's whole run.
/// </summary>
public class JitTierTests
{
    internal sealed record Outcome(int ExitCode, string Stdout, string Stderr, long GasUsed, long Steps);

    internal static Outcome Run(string dir, string program, Engine engine, long gasLimit = 0, long maxSteps = 0)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var options = new EvaluatorOptions { Output = stdout, GasLimit = gasLimit, MaxSteps = maxSteps, Timestamp = 1_700_000_000, BlockHash = new string('b', 64) };
        var outcome = CliRunner.InDirectory(dir, () => ProgramRunner.RunFile(program, options, stderr, engine));
        return new Outcome(outcome.ExitCode, stdout.ToString(), stderr.ToString(), outcome.GasUsed, outcome.Steps);
    }

    /// <summary>Limits spread over 1..<paramref name="total"/>, dense at the start and around the end.</summary>
    internal static IEnumerable<long> Sweep(long total)
    {
        var points = new SortedSet<long> { 1, 2, 3, 5, 8, 13, total - 1, total, total + 1 };
        for (var i = 1; i < 24; i++)
        {
            points.Add(total * i / 24);
            points.Add((total * i / 24) + 1);
        }

        return points.Where(p => p > 0);
    }

    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_VmAndJit_IdenticalIncludingGasAndSteps(string program)
    {
        if (TestData.CorpusDirectory is not { } dir)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        Assert.Equal(Run(dir, program, Engine.Interpreter), Run(dir, program, Engine.Jit));
    }

    /// <summary>
    /// Runs the program unlimited for its total, then with each limit of the sweep on both tiers. The sweeps
    /// themselves are the theories of <see cref="JitTierSweepTests{TShard}"/>.
    /// </summary>
    internal static void SweepBothTiers(string program, Func<Outcome, long> total, Func<string, Engine, long, Outcome> limited)
    {
        if (TestData.CorpusDirectory is not { } dir)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        foreach (var limit in Sweep(total(Run(dir, program, Engine.Interpreter))))
        {
            var vm = limited(dir, Engine.Interpreter, limit);
            var jit = limited(dir, Engine.Jit, limit);
            Assert.True(vm == jit, $"limit {limit}:\nvm  {vm}\njit {jit}");
        }
    }
}
