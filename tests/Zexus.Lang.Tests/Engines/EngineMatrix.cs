using Zexus.Lang.Evaluator;

namespace Zexus.Lang.Tests.Engines;

/// <summary>
/// The engines a behaviour test runs on: the tree-walking evaluator, the ZVM stack interpreter alone, the ZVM as
/// <c>zexus run</c> uses it (tiered: hot functions compiled to IL) and the ZVM with every function compiled to IL.
/// A later tier (register VM) joins this list and every behaviour test then runs on it too.
/// </summary>
public static class EngineMatrix
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static IEnumerable<object[]> Engines() => [["evaluator"], ["interpreter"], ["vm"], ["jit"]];

    public static Run Execute(string engine, string source, long maxSteps = 0, string file = "test.zx")
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var options = new EvaluatorOptions { Output = stdout, MaxSteps = maxSteps, Timestamp = 1_700_000_000, BlockHash = new string('a', 64) };
        var kind = engine switch
        {
            "evaluator" => Engine.Evaluator,
            "interpreter" => Engine.Interpreter,
            "vm" => Engine.Vm,
            "jit" => Engine.Jit,
            _ => throw new ArgumentException("unknown engine " + engine),
        };
        var outcome = ProgramRunner.RunSource(source, file, options, stderr, kind);
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
