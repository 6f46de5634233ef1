using System.Numerics;
using Zexus.Lang.Syntax;

namespace Zexus.Lang.Tests;

/// <summary>Tokens of LANGUAGE.md 2.1-2.2: names, keywords, numbers, strings, comments, operators, positions.</summary>
public class LexerTests
{
    private static Token[] Lex(string source)
    {
        var result = Lexer.Tokenize(source, "test.zx");
        Assert.True(result.Errors.IsEmpty, string.Join("\n", result.Errors.Select(e => e.Format())));
        return [.. result.Tokens.Tokens];
    }

    private static TokenKind[] Kinds(string source) => [.. Lex(source).Select(t => t.Kind)];

    [Fact]
    public void Operators_TakeTheLongestMatch()
    {
        Assert.Equal(
            [TokenKind.StarStarAssign, TokenKind.StarStar, TokenKind.Star, TokenKind.StarAssign, TokenKind.EqualEqual, TokenKind.Assign,
             TokenKind.FatArrow, TokenKind.ThinArrow, TokenKind.MinusAssign, TokenKind.Minus, TokenKind.BangEqual, TokenKind.Bang,
             TokenKind.LessEqual, TokenKind.Less, TokenKind.GreaterEqual, TokenKind.Greater, TokenKind.AmpAmp, TokenKind.PipePipe,
             TokenKind.QuestionQuestion, TokenKind.Question, TokenKind.PlusAssign, TokenKind.Plus, TokenKind.SlashAssign, TokenKind.Slash,
             TokenKind.PercentAssign, TokenKind.Percent, TokenKind.Colon, TokenKind.Dot, TokenKind.Comma, TokenKind.Semicolon,
             TokenKind.LParen, TokenKind.RParen, TokenKind.LBrace, TokenKind.RBrace, TokenKind.LBracket, TokenKind.RBracket, TokenKind.EndOfInput],
            Kinds("**= ** * *= == = => -> -= - != ! <= < >= > && || ?? ? += + /= / %= % : . , ; ( ) { } [ ]"));
        Assert.Equal([TokenKind.StarStar, TokenKind.Star, TokenKind.EndOfInput], Kinds("***"));
        Assert.Equal([TokenKind.EqualEqual, TokenKind.Assign, TokenKind.EndOfInput], Kinds("==="));
    }

    [Fact]
    public void Keywords_And_Names()
    {
        var tokens = Lex("action and async await break catch const continue contract each elif else emit entity enum export false finally for function if in lambda ledger let match null or print return state this throw true try use while as from msg TX _x x1 Let");
        Assert.All(tokens.Take(37), t => Assert.True(t.IsKeyword, t.Text));
        Assert.All(tokens.Skip(37).SkipLast(1), t => Assert.Equal(TokenKind.Identifier, t.Kind));
        Assert.Equal(TokenKind.While, tokens[36].Kind);
    }

    [Fact]
    public void Numbers()
    {
        var tokens = Lex("0 42 007 3.0 0.25 10.5 5. .5 1.2.3");
        Assert.Equal(BigInteger.Zero, tokens[0].Value);
        Assert.Equal(new BigInteger(42), tokens[1].Value);
        Assert.Equal(new BigInteger(7), tokens[2].Value);
        Assert.Equal(3.0, tokens[3].Value);
        Assert.Equal(0.25, tokens[4].Value);
        Assert.Equal(10.5, tokens[5].Value);
        Assert.Equal([TokenKind.Int, TokenKind.Dot, TokenKind.Dot, TokenKind.Int], tokens[6..10].Select(t => t.Kind));
        Assert.Equal([TokenKind.Float, TokenKind.Dot, TokenKind.Int], tokens[10..13].Select(t => t.Kind));
        Assert.Equal(0.1 + 0.2 - 0.2, (double)Lex("0.1")[0].Value! + 0.2 - 0.2);
    }

    [Theory]
    [InlineData("\"a\\nb\\tc\\rd\\\\e\\\"f\\'g\\$h\\qi\"", "a\nb\tc\rd\\e\"f'g$hqi")]
    [InlineData("'a\\nb\\'c\\\"d ${x}'", "a\nb'c\"d ${x}")]
    [InlineData("\"\"\"multi \"quoted\" 'x'\nline ${y}\"\"\"", "multi \"quoted\" 'x'\nline ${y}")]
    [InlineData("'''it's \\n'''", "it's \n")]
    [InlineData("\"raw\nbreak\"", "raw\nbreak")]
    [InlineData("\"$ not ${\"", null)]
    [InlineData("\"😀 $x\"", "😀 $x")]
    [InlineData("\"\"", "")]
    [InlineData("\"\\😀\"", "😀")]
    public void Strings_DecodeEscapes(string source, string? expected)
    {
        if (expected is null)
        {
            Assert.False(Lexer.Tokenize(source, "t.zx").Errors.IsEmpty);
            return;
        }
        var token = Lex(source)[0];
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void Interpolation_TokensHaveRealPositions()
    {
        var tokens = Lex("x = \"a${ {k: \"}\"}[\"k\"] }b\n${\n  y + 1}\"\nz");
        var parts = tokens[2].InterpolationParts;
        Assert.Equal(4, parts.Length);
        Assert.Equal("a", parts[0].Text);
        Assert.Equal(new Span(1, 6), parts[0].Span);
        Assert.Equal(
            [TokenKind.LBrace, TokenKind.Identifier, TokenKind.Colon, TokenKind.String, TokenKind.RBrace, TokenKind.LBracket, TokenKind.String, TokenKind.RBracket, TokenKind.InterpolationEnd],
            parts[1].Code!.Tokens.Select(t => t.Kind));
        Assert.Equal("b\n", parts[2].Text);
        var code = parts[3].Code!.Tokens;
        Assert.Equal(new Span(3, 3), code[0].Span);
        Assert.True(code[0].NewlineBefore);
        Assert.Equal(new Span(3, 7), code[2].Span);
        Assert.Equal(new Span(4, 1), tokens[3].Span);
        Assert.True(tokens[3].NewlineBefore);
    }

    [Fact]
    public void Comments_AreWhitespace_BlockCommentsNest()
    {
        var tokens = Lex("a # c\nb // c\nc /* x /* y */ z */ d /* \n */ e");
        Assert.Equal(["a", "b", "c", "d", "e"], tokens.SkipLast(1).Select(t => t.Text));
        Assert.Equal([false, true, true, false, true], tokens.SkipLast(1).Select(t => t.NewlineBefore));
    }

    [Fact]
    public void Columns_CountCodePoints_AndBomIsIgnored()
    {
        var tokens = Lex("\uFEFF\"😀😀\" x\r\n\ty");
        Assert.Equal(new Span(1, 1), tokens[0].Span);
        Assert.Equal(new Span(1, 6), tokens[1].Span);
        Assert.Equal(new Span(2, 2), tokens[2].Span);
    }

    [Theory]
    [InlineData("x = 1e3", 1, 5, "invalid number literal")]
    [InlineData("a\n\"abc", 2, 1, "unterminated string")]
    [InlineData("a\n'''abc''", 2, 1, "unterminated string")]
    [InlineData("\n\n/* /* */", 3, 1, "unterminated block comment")]
    [InlineData("a $ b", 1, 3, "unexpected character '$'")]
    [InlineData("a \u0001", 1, 3, "unexpected character 'U+0001'")]
    [InlineData("😀", 1, 1, "unexpected character '😀'")]
    public void Errors_AtTheirStart(string source, int line, int column, string message)
    {
        var result = Lexer.Tokenize(source, "t.zx");
        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
        Assert.Contains(result.Tokens.Tokens, t => t.Kind == TokenKind.Error);
    }
}
