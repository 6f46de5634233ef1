using System.Collections.Immutable;
using System.Numerics;

namespace Zexus.Lang.Syntax;

// The expression nodes of the immutable AST (LANGUAGE.md 2.5 and section 5). Every node carries the
// span of the token where it starts; binary/call/index/member nodes carry the span of their operator
// token so that run-time errors point at the failing operation.

public abstract record Expr(Span Span);

/// <summary>Integer literal; <see cref="Value"/> is below 2^4096 (checked by the lexer).</summary>
public sealed record IntLiteral(Span Span, BigInteger Value) : Expr(Span);

public sealed record FloatLiteral(Span Span, double Value) : Expr(Span);

/// <summary>A string literal without interpolation (escapes already decoded).</summary>
public sealed record StringLiteral(Span Span, string Value) : Expr(Span);

/// <summary>A double-quoted string with <c>${…}</c> parts: <see cref="Parts"/> alternates freely between
/// <see cref="StringLiteral"/> pieces and embedded expressions, in source order.</summary>
public sealed record InterpolatedString(Span Span, ImmutableArray<Expr> Parts) : Expr(Span);

public sealed record BoolLiteral(Span Span, bool Value) : Expr(Span);

public sealed record NullLiteral(Span Span) : Expr(Span);

public sealed record ThisExpr(Span Span) : Expr(Span);

public sealed record Identifier(Span Span, string Name) : Expr(Span);

public sealed record ListLiteral(Span Span, ImmutableArray<Expr> Items) : Expr(Span);

public sealed record MapEntry(string Key, Expr Value);

public sealed record MapLiteral(Span Span, ImmutableArray<MapEntry> Entries) : Expr(Span);

public sealed record Parameter(Span Span, string Name, string? TypeAnnotation);

public enum FunctionKind
{
    /// <summary>Written with <c>action</c> or <c>function</c> (declared or literal): type() Action.</summary>
    Action,
    /// <summary>Written with <c>=&gt;</c> or <c>lambda</c>: type() Lambda.</summary>
    Lambda,
}

/// <summary>
/// Any function: declared (<see cref="Name"/> set), function literal, arrow function or lambda.
/// Exactly one of <see cref="Body"/> (block body) and <see cref="ExprBody"/> (expression body) is set.
/// </summary>
public sealed record FunctionLiteral(
    Span Span,
    FunctionKind Kind,
    string? Name,
    ImmutableArray<Parameter> Parameters,
    BlockStmt? Body,
    Expr? ExprBody,
    bool IsAsync,
    string? ReturnAnnotation) : Expr(Span);

public enum UnaryOp
{
    Negate,
    Not,
    Await,
}

public sealed record UnaryExpr(Span Span, UnaryOp Op, Expr Operand) : Expr(Span);

public enum BinaryOp
{
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Eq,
    NotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    /// <summary><c>&amp;&amp;</c> / <c>and</c>: both operands always evaluated (5.7).</summary>
    And,
    /// <summary><c>||</c> / <c>or</c>: both operands always evaluated (5.7).</summary>
    Or,
    /// <summary><c>??</c>: right operand evaluated only when the left is null (5.8).</summary>
    Nullish,
}

/// <summary>A binary operation; <see cref="Expr.Span"/> is the operator token.</summary>
public sealed record BinaryExpr(Span Span, BinaryOp Op, Expr Left, Expr Right) : Expr(Span);

/// <summary><c>c ? a : b</c>; span is the <c>?</c> token.</summary>
public sealed record ConditionalExpr(Span Span, Expr Condition, Expr Then, Expr Else) : Expr(Span);

/// <summary><c>callee(args)</c>; span is the <c>(</c> token. A method call is a call whose callee is a <see cref="MemberExpr"/>.</summary>
public sealed record CallExpr(Span Span, Expr Callee, ImmutableArray<Expr> Arguments) : Expr(Span);

/// <summary><c>target[index]</c>; span is the <c>[</c> token.</summary>
public sealed record IndexExpr(Span Span, Expr Target, Expr Index) : Expr(Span);

/// <summary><c>target.name</c>; span is the <c>.</c> token.</summary>
public sealed record MemberExpr(Span Span, Expr Target, string Name) : Expr(Span);

public enum PatternKind
{
    /// <summary>A literal: matches a value of the same kind that is equal to <see cref="MatchPattern.Literal"/>.</summary>
    Literal,
    /// <summary><c>_</c>: matches anything.</summary>
    Wildcard,
    /// <summary>A name: matches anything and binds the name.</summary>
    Binding,
}

/// <summary>A match pattern (5.13). For <see cref="PatternKind.Literal"/>, <see cref="Literal"/> is an
/// <see cref="IntLiteral"/>, <see cref="FloatLiteral"/> (negated literals already folded), <see cref="StringLiteral"/>,
/// <see cref="BoolLiteral"/> or <see cref="NullLiteral"/>.</summary>
public sealed record MatchPattern(Span Span, PatternKind Kind, Expr? Literal, string? Name);

/// <summary>One arm; exactly one of <see cref="Block"/> and <see cref="Result"/> is set.</summary>
public sealed record MatchArm(MatchPattern Pattern, BlockStmt? Block, Expr? Result);

public sealed record MatchExpr(Span Span, Expr Subject, ImmutableArray<MatchArm> Arms) : Expr(Span);
