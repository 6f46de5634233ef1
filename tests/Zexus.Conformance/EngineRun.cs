using Zexus.Lang;
using Zexus.Lang.Evaluator;

namespace Zexus.Conformance;

/// <summary>What one engine did with a program: its streams and exit status.</summary>
public sealed record EngineRun(int ExitCode, string Stdout, string Stderr)
{
    public const long MaxSteps = 20_000;

    public const long Timestamp = 1_700_000_000;

    /// <summary>Steps are counted differently by the engines, so a run that hit the limit is not comparable.</summary>
    public bool HitStepLimit => Stderr.Contains("Step limit", StringComparison.Ordinal);

    /// <summary>Runs <paramref name="source"/> as file <paramref name="file"/> (relative to the current directory).</summary>
    public static EngineRun Of(string source, string file, Engine engine)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var options = new EvaluatorOptions { Output = stdout, MaxSteps = MaxSteps, Timestamp = Timestamp };
        var outcome = ProgramRunner.RunSource(source, file, options, stderr, engine);
        return new EngineRun(outcome.ExitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Both engines on the same program.</summary>
    public static (EngineRun Evaluator, EngineRun Vm) Both(string source, string file) =>
        (Of(source, file, Engine.Evaluator), Of(source, file, Engine.Interpreter));

    /// <summary>True when neither run hit the step limit and the runs differ in any stream or the exit status.</summary>
    public static bool Diverge(EngineRun evaluator, EngineRun vm) =>
        !evaluator.HitStepLimit && !vm.HitStepLimit && evaluator != vm;

    public string Describe() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
}
