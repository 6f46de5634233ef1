using System.Text;
using Zexus.Lang.Syntax;

namespace Zexus.Conformance;

/// <summary>
/// Differential fuzz between the engines (issue 3, engine matrix): seeded programs made by mutating and
/// splicing corpus programs, kept only when they parse cleanly, run on the evaluator and on the ZVM with a
/// step limit. Unless either run hit its step limit (the engines count steps differently), stdout, stderr
/// and the exit status must be identical. A divergence is reported minimized, with its case number. The fuzz
/// itself runs in slices, the theories of <see cref="EngineDifferentialFuzzShardTests{TShard}"/>; this class holds
/// the regressions and the program generator.
/// </summary>
public class EngineDifferentialFuzzTests
{
    /// <summary>How many programs the fuzz compares over all its slices.</summary>
    internal const int Programs = 6_000;

    internal const int Seed = 20261122;

    private const string File = "fuzz_diff.zx";

    /// <summary>Every listed divergence still reproduces, so the list cannot go stale once a bug is fixed.</summary>
    [Fact]
    public void KnownDivergences_StillReproduce()
    {
        if (TestData.CorpusDirectory is not { } dir)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        foreach (var (name, source) in KnownDivergences.Reproducers())
        {
            var (evaluator, vm) = Run(dir, source);
            Assert.NotNull(evaluator);
            Assert.NotNull(vm);
            Assert.True(EngineRun.Diverge(evaluator, vm), $"{name} no longer diverges: remove it from KnownDivergences");
            Assert.Equal(name, KnownDivergences.Explain(source, evaluator, vm));
        }
    }

    /// <summary>Regression: the first fuzz divergence found (for-each with one name for both variables).</summary>
    [Fact]
    public void ForEachSameNameTwice_ElementWinsOnBothEngines()
    {
        var source = "for each x, x in [5, 6] { print(x) }\nfor each k, k in {a: 1} { print(k) }\n";
        var (evaluator, vm) = EngineRun.Both(source, File);
        Assert.Equal("5\n6\n1\n", evaluator.Stdout);
        Assert.Equal(evaluator, vm);
    }

    internal static (EngineRun? Evaluator, EngineRun? Vm) Run(string dir, string source) => CliRunner.InDirectory(dir, () =>
    {
        EngineRun? evaluator = null, vm = null;
        try
        {
            evaluator = EngineRun.Of(source, File, Zexus.Lang.Engine.Evaluator);
            vm = EngineRun.Of(source, File, Zexus.Lang.Engine.Interpreter);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var crash = new EngineRun(-1, "", $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            return evaluator is null ? (crash, null) : (evaluator, crash);
        }

        return (evaluator, vm);
    });

    internal static bool Parses(string source) => Parser.Parse(source, File).Errors.Length == 0;

    internal static string NextParsingProgram(Random rng, string[] sources, string[] lines)
    {
        while (true)
        {
            var candidate = rng.Next(2) == 0 ? new RandomZexusPrograms(rng).Next() : Generate(rng, sources, lines);
            if (Parses(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Generate(Random rng, string[] sources, string[] lines)
    {
        var program = rng.Next(3) switch
        {
            0 => sources[rng.Next(sources.Length)].Split('\n').ToList(),
            1 => [.. sources[rng.Next(sources.Length)].Split('\n'), .. sources[rng.Next(sources.Length)].Split('\n')],
            _ => [.. Enumerable.Range(0, rng.Next(1, 12)).Select(_ => lines[rng.Next(lines.Length)])],
        };
        var edits = rng.Next(0, 5);
        for (var i = 0; i < edits && program.Count > 0; i++)
        {
            var at = rng.Next(program.Count);
            switch (rng.Next(6))
            {
                case 0:
                    program.RemoveAt(at);
                    break;
                case 1:
                    program.Insert(at, program[rng.Next(program.Count)]);
                    break;
                case 2:
                    program.Insert(at, lines[rng.Next(lines.Length)]);
                    break;
                case 3:
                    (program[at], program[^1]) = (program[^1], program[at]);
                    break;
                default:
                    program[at] = MutateLine(rng, program[at]);
                    break;
            }
        }

        return string.Join('\n', program);
    }

    private static readonly string[] Replacements =
    [
        "0", "1", "-1", "2.5", "0.0", "null", "true", "false", "\"\"", "\"s\"", "[]", "{}", "[1, 2]", "x", "i",
        "+", "-", "*", "/", "%", "**", "==", "<", "&&", "||", "??", "!",
    ];

    /// <summary>Replaces one word, number or operator of a line with another small expression piece.</summary>
    private static string MutateLine(Random rng, string line)
    {
        var tokens = Tokenize(line);
        if (tokens.Count == 0)
        {
            return line;
        }

        var k = rng.Next(tokens.Count);
        tokens[k] = Replacements[rng.Next(Replacements.Length)];
        return string.Concat(tokens);
    }

    private static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in line)
        {
            var word = char.IsLetterOrDigit(c) || c == '_' || c == '.';
            if (sb.Length > 0 && (!word || !(char.IsLetterOrDigit(sb[^1]) || sb[^1] == '_' || sb[^1] == '.')))
            {
                tokens.Add(sb.ToString());
                sb.Clear();
            }

            sb.Append(c);
        }

        if (sb.Length > 0)
        {
            tokens.Add(sb.ToString());
        }

        return tokens;
    }
}
