using System.Globalization;
using Xunit.Abstractions;

namespace Zexus.Conformance;

/// <summary>
/// Every program of the conformance corpus through <c>zexus run</c> (corpus README): stdout equals
/// <c>.out</c> byte for byte; with a <c>.err</c> file the exit status is 1 and stderr contains each of its
/// lines; otherwise the exit status is 0 and stderr is empty.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_Program_MatchesExpectedOutput(string program) => Check(program);

    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_OnVm_MatchesExpectedOutput(string program) => Check(program, "vm");

    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_OnInterpreter_MatchesExpectedOutput(string program) => Check(program, "interpreter");

    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_OnJit_MatchesExpectedOutput(string program) => Check(program, "jit");

    /// <summary>DESIGN.md invariant 1: the engines give identical stdout, stderr and exit status.</summary>
    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_EvaluatorAndVm_AreIdentical(string program)
    {
        if (TestData.CorpusDirectory is not { } dir)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        var evaluator = CliRunner.Run(dir, "", "run", program, "--timestamp", "1700000000", "--engine", "evaluator");
        var vm = CliRunner.Run(dir, "", "run", program, "--timestamp", "1700000000", "--engine", "vm");
        Assert.Equal(evaluator.Stdout, vm.Stdout);
        Assert.Equal(evaluator.Stderr, vm.Stderr);
        Assert.Equal(evaluator.ExitCode, vm.ExitCode);
    }

    /// <summary>
    /// DESIGN.md invariant 1, state: both engines commit the same contract state to the world state
    /// (IHost), so the state roots after the run are equal; a program that stores contract state has a
    /// non-empty state.
    /// </summary>
    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_EveryEngine_LeavesTheSameWorldState(string program)
    {
        if (TestData.CorpusDirectory is not { } dir)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        (Zexus.Primitives.Hash256 Root, int Accounts) Run(Zexus.Lang.Engine engine)
        {
            var state = new Zexus.State.World.WorldState();
            var options = new Zexus.Lang.Evaluator.EvaluatorOptions { Output = TextWriter.Null, Timestamp = 1_700_000_000, Host = state };
            CliRunner.InDirectory(dir, () => Zexus.Lang.ProgramRunner.RunFile(program, options, TextWriter.Null, engine));
            return (state.ComputeStateRoot(), state.Addresses.Count());
        }

        var evaluator = Run(Zexus.Lang.Engine.Evaluator);
        var interpreter = Run(Zexus.Lang.Engine.Interpreter);
        var vm = Run(Zexus.Lang.Engine.Vm);
        var jit = Run(Zexus.Lang.Engine.Jit);
        output.WriteLine($"state root {evaluator.Root}, {evaluator.Accounts} accounts");
        Assert.Equal(evaluator, interpreter);
        Assert.Equal(evaluator, vm);
        Assert.Equal(evaluator, jit);
        bool storesContracts = File.ReadAllText(Path.Combine(dir, program)).Contains("contract ", StringComparison.Ordinal);
        if (!storesContracts)
        {
            Assert.Equal(0, evaluator.Accounts);
        }
    }

    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_UnderGermanCulture_MatchesExpectedOutput(string program) => WithCulture("de-DE", () => Check(program));

    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_UnderTurkishCulture_MatchesExpectedOutput(string program) => WithCulture("tr-TR", () => Check(program));

    private static void WithCulture(string name, Action action)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var (old, oldUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = old;
            CultureInfo.CurrentUICulture = oldUi;
        }
    }

    private void Check(string program, string engine = "evaluator")
    {
        var dir = TestData.CorpusDirectory;
        if (dir is null)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            output.WriteLine("SKIPPED: " + TestData.CorpusHint);
            return;
        }

        var stem = Path.Combine(dir, Path.GetFileNameWithoutExtension(program));
        var expectedOut = File.ReadAllText(stem + ".out");
        var errFile = stem + ".err";
        var result = CliRunner.Run(dir, "", "run", program, "--timestamp", "1700000000", "--engine", engine);
        output.WriteLine("stderr:\n" + result.Stderr);

        Assert.Equal(expectedOut, result.Stdout);
        if (File.Exists(errFile))
        {
            Assert.Equal(1, result.ExitCode);
            foreach (var line in File.ReadAllLines(errFile).Where(l => l.Length > 0))
            {
                Assert.Contains(line, result.Stderr, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Equal("", result.Stderr);
            Assert.Equal(0, result.ExitCode);
        }
    }
}
