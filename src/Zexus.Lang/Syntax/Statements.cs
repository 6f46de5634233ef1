using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

// The statement nodes of the immutable AST (LANGUAGE.md 2.5 and sections 6, 10-14).

public abstract record Stmt(Span Span);

public sealed record BlockStmt(Span Span, ImmutableArray<Stmt> Statements) : Stmt(Span);

/// <summary>A lone <c>;</c>.</summary>
public sealed record EmptyStmt(Span Span) : Stmt(Span);

public sealed record ExprStmt(Span Span, Expr Expression) : Stmt(Span);

public enum DeclarationKind
{
    Let,
    Const,
    State,
    Ledger,
}

/// <summary><c>let/const/state/ledger NAME [= init]</c>. <see cref="Init"/> is null only for state/ledger.</summary>
public sealed record DeclarationStmt(Span Span, DeclarationKind Kind, string Name, Span NameSpan, Expr? Init) : Stmt(Span);

public enum AssignOp
{
    Assign,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

/// <summary><c>target OP= value</c>; <see cref="Target"/> is an <see cref="Identifier"/>, <see cref="MemberExpr"/>
/// or <see cref="IndexExpr"/>. Span is the assignment operator token.</summary>
public sealed record AssignStmt(Span Span, Expr Target, AssignOp Op, Expr Value) : Stmt(Span);

public sealed record IfBranch(Expr Condition, BlockStmt Body);

/// <summary><c>if … elif/else if … else …</c>: the branches in order, then the optional else block.</summary>
public sealed record IfStmt(Span Span, ImmutableArray<IfBranch> Branches, BlockStmt? Else) : Stmt(Span);

public sealed record WhileStmt(Span Span, Expr Condition, BlockStmt Body) : Stmt(Span);

/// <summary><c>for each First [, Second] in Iterable</c>. With one name it is the element (list) or key (map);
/// with two, index/element or key/value.</summary>
public sealed record ForEachStmt(Span Span, string First, string? Second, Expr Iterable, BlockStmt Body) : Stmt(Span);

/// <summary><c>try … catch [(name)] … finally …</c>. At least one of <see cref="CatchBody"/> and <see cref="Finally"/> is set.</summary>
public sealed record TryStmt(Span Span, BlockStmt Body, string? CatchName, BlockStmt? CatchBody, BlockStmt? Finally) : Stmt(Span);

public sealed record ReturnStmt(Span Span, Expr? Value) : Stmt(Span);

public sealed record BreakStmt(Span Span) : Stmt(Span);

public sealed record ContinueStmt(Span Span) : Stmt(Span);

public sealed record ThrowStmt(Span Span, Expr Value) : Stmt(Span);

/// <summary><c>print(…)</c> or <c>print …</c>: exactly two arguments is the conditional print (6.4).</summary>
public sealed record PrintStmt(Span Span, ImmutableArray<Expr> Arguments) : Stmt(Span);

public sealed record EmitStmt(Span Span, string EventName, ImmutableArray<Expr> Arguments) : Stmt(Span);

/// <summary><c>[async] action|function NAME(params) { … }</c>: binds NAME like <c>let</c>.</summary>
public sealed record FunctionDeclStmt(Span Span, FunctionLiteral Function) : Stmt(Span)
{
    public string Name => Function.Name!;
}

public sealed record StateMember(Span Span, string Name, Expr? Init);

/// <summary><c>contract NAME { state…; action… }</c>; members in source order are split into state and actions.</summary>
public sealed record ContractDeclStmt(Span Span, string Name, ImmutableArray<StateMember> State, ImmutableArray<FunctionLiteral> Actions) : Stmt(Span);

public sealed record EntityFieldDecl(Span Span, string Name, string? TypeAnnotation, Expr? Default);

public sealed record EntityDeclStmt(Span Span, string Name, ImmutableArray<EntityFieldDecl> Fields) : Stmt(Span);

public sealed record EnumDeclStmt(Span Span, string Name, ImmutableArray<string> Members) : Stmt(Span);

/// <summary><c>use "path" [as alias]</c> (<see cref="Names"/> empty) or <c>use { a, b } from "path"</c>.</summary>
public sealed record UseStmt(Span Span, string Path, string? Alias, ImmutableArray<string> Names) : Stmt(Span);

/// <summary><c>export DECL</c> (<see cref="Declaration"/> set) or <c>export a, b</c> / <c>export { a, b }</c>.</summary>
public sealed record ExportStmt(Span Span, Stmt? Declaration, ImmutableArray<string> Names) : Stmt(Span);

/// <summary>A parsed file.</summary>
public sealed record ProgramNode(string File, ImmutableArray<Stmt> Statements);
