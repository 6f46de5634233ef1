using System.Text;
using Xunit.Abstractions;
using Zexus.Lang;
using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Runtime;

namespace Zexus.Conformance;

/// <summary>
/// Malformed input never crashes the process: seeded random and mutated programs built from corpus
/// fragments go through the lexer, parser and evaluator (with a step limit). Each must end in a result,
/// located syntax diagnostics, or a located run-time error — never another .NET exception.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Programs = 20_000;
    private const int Seed = 20261121;

    private static readonly string[] Tokens =
    [
        "let", "const", "x", "y", "f", "=", "==", "+", "-", "*", "/", "%", "**", "(", ")", "[", "]", "{", "}",
        ",", ";", "\n", ".", "?", ":", "??", "=>", "action", "function", "return", "if", "else", "elif", "while",
        "for", "each", "in", "try", "catch", "finally", "throw", "print", "contract", "state", "this", "match", "_",
        "1", "0", "2.5", "\"s\"", "'t'", "\"${x}\"", "true", "false", "null", "[]", "{}", "len", "map", "emit",
        "entity", "enum", "use", "export", "break", "continue", "lambda", "async", "await", "!", "&&", "||", "<", ">=",
        "/*", "*/", "#", "watch", "require", "revert", "push", "\"", "${", "$", "@",
    ];

    [CorpusTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomAndMutatedPrograms_NeverCrash(int shard)
    {
        if (TestData.CorpusDirectory is null)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        var sources = Directory.GetFiles(TestData.CorpusDirectory, "*.zx").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var lines = sources.SelectMany(s => s.Split('\n')).ToArray();
        var rng = new Random(Seed + shard);
        var outcomes = new int[4];
        ProgramRunner.OnLargeStack(() =>
        {
            for (var i = 0; i < Programs / 4; i++)
            {
                var program = Generate(rng, sources, lines);
                outcomes[RunOne(program, $"fuzz{shard}_{i}.zx")]++;
            }

            return 0;
        });
        output.WriteLine($"ok: {outcomes[0]}, syntax errors: {outcomes[1]}, run-time errors: {outcomes[2]}, step limit: {outcomes[3]}");
    }

    private static string Generate(Random rng, string[] sources, string[] lines)
    {
        switch (rng.Next(4))
        {
            case 0:
                {
                    var sb = new StringBuilder();
                    var n = rng.Next(1, 40);
                    for (var i = 0; i < n; i++)
                    {
                        sb.Append(Tokens[rng.Next(Tokens.Length)]).Append(rng.Next(3) == 0 ? "" : " ");
                    }

                    return sb.ToString();
                }

            case 1:
                {
                    var sb = new StringBuilder();
                    var n = rng.Next(1, 25);
                    for (var i = 0; i < n; i++)
                    {
                        sb.Append(lines[rng.Next(lines.Length)]).Append('\n');
                    }

                    return sb.ToString();
                }

            default:
                {
                    var chars = new StringBuilder(sources[rng.Next(sources.Length)]);
                    var edits = rng.Next(1, 8);
                    for (var i = 0; i < edits && chars.Length > 0; i++)
                    {
                        var at = rng.Next(chars.Length);
                        switch (rng.Next(4))
                        {
                            case 0:
                                chars.Remove(at, Math.Min(rng.Next(1, 12), chars.Length - at));
                                break;
                            case 1:
                                chars.Insert(at, Tokens[rng.Next(Tokens.Length)]);
                                break;
                            case 2:
                                chars[at] = (char)rng.Next(32, 127);
                                break;
                            default:
                                chars.Length = at;
                                break;
                        }
                    }

                    return chars.ToString();
                }
        }
    }

    /// <summary>0 = ran, 1 = syntax errors, 2 = run-time error, 3 = step limit.</summary>
    private static int RunOne(string source, string file)
    {
        ParseResult parsed;
        try
        {
            parsed = Parser.Parse(source, file);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"parser crashed on:\n{source}", e);
        }

        if (parsed.Errors.Length > 0)
        {
            foreach (var d in parsed.Errors)
            {
                Assert.True(d.Line >= 1 && d.Column >= 1, $"diagnostic without location: {d.Format()}\n{source}");
            }

            return 1;
        }

        var interpreter = new Interpreter(new EvaluatorOptions { Output = TextWriter.Null, MaxSteps = 3_000 });
        try
        {
            var context = new ModuleContext(file, NodeBuilder.HasExports(parsed.Program));
            var body = new NodeBuilder(interpreter, context).BuildProgram(parsed.Program);
            context.SyncGlobalSize();
            body.Exec(context.Global);
            return 0;
        }
        catch (ZexusError e)
        {
            Assert.True(e.Location is not null, $"run-time error without location: {e.Message}\n{source}");
            return 2;
        }
        catch (StepLimitExceededException)
        {
            return 3;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"evaluator crashed on:\n{source}", e);
        }
    }
}
