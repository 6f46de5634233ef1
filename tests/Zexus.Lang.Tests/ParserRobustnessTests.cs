using System.Text;
using Zexus.Lang.Syntax;

namespace Zexus.Lang.Tests;

/// <summary>Hostile input yields diagnostics, never an exception or a stack overflow.</summary>
public class ParserRobustnessTests
{
    private const string TooDeep = "nesting too deep (more than 200 levels)";

    private static ParseResult ParseOnSmallStack(string source)
    {
        // A thread with a modest stack proves the depth limit, not a generous default stack, prevents overflow.
        ParseResult? result = null;
        var thread = new Thread(() => result = Parser.Parse(source, "deep.zx"), 1024 * 1024);
        thread.Start();
        thread.Join();
        return result!;
    }

    [Theory]
    [InlineData("x = ", "(", "1", ")")]
    [InlineData("x = ", "[", "1", "]")]
    [InlineData("x = ", "{a: ", "1", "}")]
    [InlineData("", "if a {\n", "x = 1\n", "}\n")]
    [InlineData("", "while a { ", "x = 1", " }")]
    [InlineData("x = ", "f(", "1", ")")]
    [InlineData("x = ", "-", "1", "")]
    [InlineData("x = ", "!", "1", "")]
    [InlineData("x = ", "2 ** ", "1", "")]
    [InlineData("x = ", "a ? b : ", "c", "")]
    [InlineData("x = ", "y => ", "c", "")]
    [InlineData("x = ", "function() { return ", "1", " }")]
    [InlineData("x = ", "match a { _ => ", "1", " }")]
    [InlineData("x = ", "\"${", "1", "}\"")]
    [InlineData("x = ", "1 + ", "1", "")]
    [InlineData("x = f", "(1)", "", "")]
    [InlineData("x = a", ".b", "", "")]
    public void DeepNesting_GivesDiagnostic(string prefix, string open, string middle, string close)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(open, 10_000)) + middle + string.Concat(Enumerable.Repeat(close, 10_000));
        var result = ParseOnSmallStack(source);
        Assert.Contains(result.Errors, e => e.Message == TooDeep);
        Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("internal parser error", StringComparison.Ordinal));
    }

    [Fact]
    public void ModerateNesting_IsFine()
    {
        var source = "x = " + new string('(', 100) + "1" + new string(')', 100);
        Assert.True(Parser.Parse(source, "t.zx").Success);
        var ifs = string.Concat(Enumerable.Repeat("if a {\n", 60)) + string.Concat(Enumerable.Repeat("}\n", 60));
        Assert.True(Parser.Parse(ifs, "t.zx").Success);
    }

    [Fact]
    public void ManyBraces_AtStatementStart_GiveDiagnostic()
    {
        var result = ParseOnSmallStack(new string('{', 10_000));
        Assert.False(result.Success);
    }

    [Fact]
    public void LongFlatPrograms_AreNotQuadratic()
    {
        var source = string.Concat(Enumerable.Repeat("let x = f(a, [1, 2], {k: \"v ${y}\"}) + 1\n", 20_000));
        var result = Parser.Parse(source, "big.zx");
        Assert.True(result.Success);
        Assert.Equal(20_000, result.Program.Statements.Length);
    }

    [Fact]
    public void Fuzz_RandomInput_NeverThrows()
    {
        var random = new Random(20240611);
        var fragments = CorpusFragments();
        string[] atoms =
        [
            "let", "const", "x", "y", "=", "==", "(", ")", "[", "]", "{", "}", ",", ";", "\n", "if", "else", "elif", "while",
            "for", "each", "in", "match", "=>", "->", "lambda", "action", "function", "async", "await", "return", "break",
            "continue", "print", "emit", "contract", "entity", "enum", "state", "ledger", "use", "export", "try", "catch",
            "finally", "throw", "this", "1", "2.5", "-", "+", "*", "**", "?", ":", ".", "\"s ${x}\"", "'q'", "\"\"\"t\"\"\"",
            "/*", "*/", "#", "\"${", "data", "log", "_", "??", "&&", "||", "!", "1e3", "$", "é", "\uFEFF", "\"", "'",
        ];
        for (var i = 0; i < 5_000; i++)
        {
            var source = (i % 3) switch
            {
                0 => RandomTokens(random, atoms),
                1 => Mutate(random, fragments.Length > 0 ? fragments[random.Next(fragments.Length)] : RandomTokens(random, atoms), atoms),
                _ => RandomChars(random),
            };
            var result = Parser.Parse(source, "fuzz.zx");
            Assert.True(result.Errors.Length <= 20);
            foreach (var error in result.Errors)
            {
                Assert.False(string.IsNullOrEmpty(error.Format()));
                Assert.DoesNotContain("internal parser error", error.Message, StringComparison.Ordinal);
            }
            _ = AstPrinter.Print(result.Program);
        }
    }

    private static string RandomTokens(Random random, string[] atoms)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 60);
        for (var i = 0; i < count; i++)
        {
            sb.Append(atoms[random.Next(atoms.Length)]).Append(random.Next(4) == 0 ? "" : " ");
        }
        return sb.ToString();
    }

    private static string RandomChars(Random random)
    {
        var chars = new char[random.Next(0, 80)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(3) == 0 ? (char)random.Next(0, 0xFFFF) : (char)random.Next(9, 127);
        }
        return new string(chars);
    }

    private static string Mutate(Random random, string text, string[] atoms)
    {
        var sb = new StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits && sb.Length > 0; i++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 10)));
                    break;
                case 1:
                    sb.Insert(at, atoms[random.Next(atoms.Length)]);
                    break;
                case 2:
                    sb.Length = at;
                    break;
                default:
                    sb[at] = (char)random.Next(32, 127);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string[] CorpusFragments()
    {
        var root = CorpusLocator.Find();
        if (root is null)
        {
            return ["contract C { state a = 1\n action f(x) { return this.a + x } }\nprint(C.f(2))\nlet m = match 1 { 1 => \"a\", _ => \"b\" }"];
        }
        return [.. Directory.EnumerateFiles(root, "*.zx").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }
}
