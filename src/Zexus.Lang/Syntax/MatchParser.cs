using System.Collections.Immutable;
using System.Numerics;

namespace Zexus.Lang.Syntax;

/// <summary>Parses <c>match subject { pattern =&gt; result … }</c> (LANGUAGE.md 5.13, grammar in 2.5).</summary>
internal sealed class MatchParser
{
    private readonly ParseContext _c;
    private readonly ExpressionParser _expressions;

    public MatchParser(ParseContext context, ExpressionParser expressions)
    {
        _c = context;
        _expressions = expressions;
    }

    public MatchExpr Parse()
    {
        var keyword = _c.Advance();
        var subject = _expressions.ParseExpression();
        var arms = ImmutableArray.CreateBuilder<MatchArm>();
        _c.ParseSeparatedBody("'{' after the match subject", "match arm", () => arms.Add(ParseArm()));
        return new MatchExpr(keyword.Span, subject, arms.ToImmutable());
    }

    private MatchArm ParseArm()
    {
        var pattern = ParsePattern();
        _c.Expect(TokenKind.FatArrow, "'=>' after the match pattern");
        // Like an arrow function, '=>' directly followed by '{' is a block (2.5 notes).
        return _c.At(TokenKind.LBrace)
            ? new MatchArm(pattern, _expressions.Statements.ParseBlock(), null)
            : new MatchArm(pattern, null, _expressions.ParseExpression());
    }

    private MatchPattern ParsePattern()
    {
        var t = _c.Current;
        switch (t.Kind)
        {
            case TokenKind.Int or TokenKind.Float:
                _c.Advance();
                return Literal(t, negate: false, t.Span);
            case TokenKind.Minus when _c.Peek(1).Kind is TokenKind.Int or TokenKind.Float:
                _c.Advance();
                return Literal(_c.Advance(), negate: true, t.Span);
            case TokenKind.String when t.Value is string text:
                _c.Advance();
                return new MatchPattern(t.Span, PatternKind.Literal, new StringLiteral(t.Span, text), null);
            case TokenKind.True or TokenKind.False:
                _c.Advance();
                return new MatchPattern(t.Span, PatternKind.Literal, new BoolLiteral(t.Span, t.Kind == TokenKind.True), null);
            case TokenKind.Null:
                _c.Advance();
                return new MatchPattern(t.Span, PatternKind.Literal, new NullLiteral(t.Span), null);
            case TokenKind.Identifier when t.Text == "_":
                _c.Advance();
                return new MatchPattern(t.Span, PatternKind.Wildcard, null, null);
            case TokenKind.Identifier:
                _c.Advance();
                return new MatchPattern(t.Span, PatternKind.Binding, null, t.Text);
            default:
                throw _c.Fail("a match pattern (a literal, '_' or a name)");
        }
    }

    private static MatchPattern Literal(Token number, bool negate, Span span)
    {
        Expr literal = number.Kind == TokenKind.Int
            ? new IntLiteral(span, negate ? -(BigInteger)number.Value! : (BigInteger)number.Value!)
            : new FloatLiteral(span, negate ? -(double)number.Value! : (double)number.Value!);
        return new MatchPattern(span, PatternKind.Literal, literal, null);
    }
}
