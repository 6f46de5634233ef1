using Zexus.Lang.Syntax;

namespace Zexus.Lang.Tests;

/// <summary>The normative DETAIL texts of LANGUAGE.md 2.6 with their lines, recovery and the diagnostic format.</summary>
public class SyntaxErrorTests
{
    private static ParseResult Parse(string source) => Parser.Parse(source, "test.zx");

    private static void AssertSingle(string source, int line, string detail)
    {
        var result = Parse(source);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"Syntax error at line {line}: {detail}", error.Summary);
    }

    [Theory]
    [InlineData("print(1)\nbreak", 2, "'break' outside of a loop")]
    [InlineData("continue", 1, "'continue' outside of a loop")]
    [InlineData("while true {\n  f(function() {\n    break\n  })\n}", 3, "'break' outside of a loop")]
    [InlineData("for each x in xs {\n  let g = () => { continue }\n}", 2, "'continue' outside of a loop")]
    [InlineData("action f(xs) {\n  for each x in xs {\n    if x > 1 {\n      break\n    }\n  }\n  break\n}", 7, "'break' outside of a loop")]
    [InlineData("let x = 1\n\nreturn x", 3, "'return' outside of a function")]
    [InlineData("if true {\n  return\n}", 2, "'return' outside of a function")]
    [InlineData("print(this)", 1, "'this' outside of a contract action")]
    [InlineData("action f() {\n  return this\n}", 2, "'this' outside of a contract action")]
    [InlineData("contract C {\n  state s = this\n}", 2, "'this' outside of a contract action")]
    [InlineData("if true {\n  contract C { }\n}", 2, "'contract' is only allowed at the top level")]
    [InlineData("action f() {\n  entity E { a }\n}", 2, "'entity' is only allowed at the top level")]
    [InlineData("while x {\n  enum E { A }\n}", 2, "'enum' is only allowed at the top level")]
    [InlineData("try {\n  use \"m.zx\"\n} catch { }", 2, "'use' is only allowed at the top level")]
    [InlineData("let f = () => {\n  export x\n}", 2, "'export' is only allowed at the top level")]
    [InlineData("let ok = 10\nlet big = 1e3", 2, "invalid number literal")]
    [InlineData("x = 12abc", 1, "invalid number literal")]
    [InlineData("x = 2.5f", 1, "invalid number literal")]
    [InlineData("x = 1_000", 1, "invalid number literal")]
    [InlineData("x = 1\ny = \"abc\n\ndef", 2, "unterminated string")]
    [InlineData("x = '''abc''\n", 1, "unterminated string")]
    [InlineData("x = \"a ${ b \"", 1, "unterminated string")]
    [InlineData("x = 1\n/* a /* b */\n c", 2, "unterminated block comment")]
    [InlineData("x = 1\nx = a $ b", 2, "unexpected character '$'")]
    [InlineData("x = a @ b", 1, "unexpected character '@'")]
    [InlineData("x = a & b", 1, "unexpected character '&'")]
    [InlineData("x = a | b", 1, "unexpected character '|'")]
    [InlineData("x = ~a", 1, "unexpected character '~'")]
    [InlineData("x = a ^ b", 1, "unexpected character '^'")]
    [InlineData("let é = 1", 1, "unexpected character 'é'")]
    [InlineData("watch x => { }", 1, "'watch' is not supported")]
    [InlineData("debug x", 1, "'debug' is not supported")]
    [InlineData("data Point { x }", 1, "'data' is not supported")]
    [InlineData("\nimport \"x\"", 2, "'import' is not supported")]
    [InlineData("persistent storage balances", 1, "'persistent' is not supported")]
    [InlineData("sandbox { }", 1, "'sandbox' is not supported")]
    [InlineData("log < 3", 1, "'log' is not supported")]
    [InlineData("contract C {\n  public action f() { }\n}", 2, "'public' is not supported")]
    [InlineData("contract C {\n  state a\n  action a() { }\n}", 3, "duplicate member 'a' in contract C")]
    [InlineData("contract C {\n  ledger address = 1\n}", 2, "'address' cannot be declared in a contract")]
    [InlineData("contract C {\n  action address() { }\n}", 2, "'address' cannot be declared in a contract")]
    [InlineData("entity E {\n  a\n  b: int,\n  a = 1\n}", 4, "duplicate field 'a' in entity E")]
    [InlineData("enum Color { Red,\n  Green, Red }", 2, "duplicate member 'Red' in enum Color")]
    public void NormativeDetails(string source, int line, string detail) => AssertSingle(source, line, detail);

    [Fact]
    public void IntegerLiteral_LimitIs2Pow4096()
    {
        var limit = System.Numerics.BigInteger.Pow(2, 4096);
        Assert.True(Parse("x = " + (limit - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Success);
        AssertSingle("x = " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, "integer literal too large");
        AssertSingle("x = " + new string('9', 5000), 1, "integer literal too large");
        Assert.True(Parse("x = 000000000000000000000000000000000000000000000000000000000000000000000000007").Success);
    }

    [Theory]
    [InlineData("print (a + b) * 2", 1, "found '*'")]
    [InlineData("a = b = 1", 1, "found '='")]
    [InlineData("print(x = 1)", 1, "found '='")]
    [InlineData("if x = 1 { }", 1, "found '='")]
    [InlineData("1 + 2 = 3", 1, "invalid assignment target")]
    [InlineData("f(x) = 3", 1, "invalid assignment target")]
    [InlineData("{ }", 1, "a statement cannot begin with '{'")]
    [InlineData("let x = 1 let y = 2", 1, "expected ';' or a line break after the statement, found keyword 'let'")]
    [InlineData("let if = 1", 1, "expected a variable name, found keyword 'if'")]
    [InlineData("f(1,)", 1, "expected an expression, found ')'")]
    [InlineData("action f(a,) { }", 1, "expected a parameter name, found ')'")]
    [InlineData("x = a[1:2]", 1, "expected ']', found ':'")]
    [InlineData("let f = function g() { }", 1, "expected '(' to begin the parameter list, found name 'g'")]
    [InlineData("try { }\nx = 1", 2, "expected 'catch' or 'finally' after the try block")]
    [InlineData("x = \"${}\"", 1, "expected an expression")]
    [InlineData("x = \"${a b}\"", 1, "expected '}' to end the interpolated expression, found name 'b'")]
    [InlineData("contract C {\n  let x = 1\n}", 2, "expected 'state', 'ledger', 'action' or 'function' in a contract body, found keyword 'let'")]
    [InlineData("entity E { a b }", 1, "expected ',' or a line break between fields, or '}', found name 'b'")]
    [InlineData("x = match v { 1 + 2 => 3 }", 1, "expected '=>' after the match pattern, found '+'")]
    [InlineData("use x", 1, "expected a module path (a plain string), found name 'x'")]
    [InlineData("use { a } \"x\"", 1, "expected 'from' after the import list, found string literal")]
    [InlineData("}", 1, "unexpected '}'")]
    [InlineData("x = 1 +", 1, "found end of input")]
    public void OtherErrors_NameWhatWasFound(string source, int line, string detailPart)
    {
        var result = Parse(source);
        var error = Assert.Single(result.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(detailPart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralErrors_AreReportedTogether_InSourceOrder()
    {
        const string source = "let a = 1\nlet b = )\nprint(a)\nbreak\nif a {\n  let c = 5 6\n  print(c)\n}\nx = 1e5; y = 2\nreturn";
        var result = Parse(source);
        Assert.Equal([2, 4, 6, 9, 10], result.Errors.Select(e => e.Line));
        Assert.Equal("'break' outside of a loop", result.Errors[1].Message);
        Assert.Equal("invalid number literal", result.Errors[3].Message);
        Assert.Equal("'return' outside of a function", result.Errors[4].Message);
        // Recovery keeps the statements around the errors.
        Assert.Contains("(print a)", AstPrinter.Print(result.Program), StringComparison.Ordinal);
        Assert.Contains("(= y 2)", AstPrinter.Print(result.Program), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_AreCappedAt20()
    {
        var source = string.Concat(Enumerable.Repeat("let = 1\n", 50));
        Assert.Equal(20, Parse(source).Errors.Length);
    }

    [Fact]
    public void Format_ShowsFileLineColumnAndCaret()
    {
        var error = Assert.Single(Parse("let x = 1\n  let y = 5 $\n").Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(13, error.Column);
        Assert.Equal(
            "test.zx:2:13: Syntax error at line 2: unexpected character '$'\n" +
            "   2 |   let y = 5 $\n" +
            "     |             ^",
            error.Format());
    }

    [Fact]
    public void Format_CountsCodePointsAndKeepsTabs()
    {
        var error = Assert.Single(Parse("\tx = \"😀é\" @").Errors);
        Assert.Equal(11, error.Column);
        Assert.Equal("   1 | \tx = \"😀é\" @\n     | \t         ^", error.Format().Split('\n', 2)[1]);
    }

    [Fact]
    public void Format_CutsVeryLongLines()
    {
        var error = Assert.Single(Parse(new string(' ', 300) + "x = $" + new string(' ', 300) + "1").Errors);
        var lines = error.Format().Split('\n');
        Assert.True(lines[1].Length < 140);
        Assert.Equal(lines[1].IndexOf('$', StringComparison.Ordinal), lines[2].IndexOf('^', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("if x {", true)]
    [InlineData("let a = f(1,", true)]
    [InlineData("let s = \"abc", true)]
    [InlineData("/* comment", true)]
    [InlineData("print(\"a ${x", true)]
    [InlineData("contract C {\n  state a", true)]
    [InlineData("let m = {\n  a: 1,", true)]
    [InlineData("let x =", false)]
    [InlineData("if x", false)]
    [InlineData("x = )", false)]
    [InlineData("if x { $", false)]
    [InlineData("print(1)", false)]
    public void IsIncomplete_OnlyForInputEndingInsideAnOpenConstruct(string source, bool incomplete) =>
        Assert.Equal(incomplete, Parse(source).IsIncomplete);

    [Fact]
    public void Bom_IsIgnored()
    {
        var result = Parse("\uFEFFlet x = $");
        Assert.Equal(9, Assert.Single(result.Errors).Column);
        Assert.Equal("   1 | let x = $", result.Errors[0].Format().Split('\n')[1]);
    }
}
