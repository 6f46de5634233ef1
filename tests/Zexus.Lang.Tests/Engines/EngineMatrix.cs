using Zexus.Lang.Evaluator;

namespace Zexus.Lang.Tests.Engines;

/// <summary>
/// The engines a behaviour test runs on. Today only the tree-walking evaluator exists; the ZVM tiers join
/// this list when they land (issue #3), and every behaviour test then runs on them too.
/// </summary>
public static class EngineMatrix
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static IEnumerable<object[]> Engines() => [["evaluator"]];

    public static Run Execute(string engine, string source, long maxSteps = 0, string file = "test.zx")
    {
        Assert.Equal("evaluator", engine);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var options = new EvaluatorOptions { Output = stdout, MaxSteps = maxSteps, Timestamp = 1_700_000_000, BlockHash = new string('a', 64) };
        var outcome = ProgramRunner.RunSource(source, file, options, stderr);
        return new Run(outcome.ExitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a program that must succeed and returns its output.</summary>
    public static string Output(string engine, string source)
    {
        var run = Execute(engine, source);
        Assert.True(run.ExitCode == 0, "program failed:\n" + run.Stderr);
        return run.Stdout;
    }
}
