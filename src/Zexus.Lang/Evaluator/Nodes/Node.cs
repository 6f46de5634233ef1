using System.Diagnostics.CodeAnalysis;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>An expression prepared for evaluation. Built once from the AST by <see cref="NodeBuilder"/>.</summary>
public abstract class ExprNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public abstract Value Eval(Scope scope);

    /// <summary>Attaches this node's location to an error that has none yet (the innermost failing expression wins).</summary>
    protected bool Attach(ZexusError error)
    {
        error.Location ??= Location;
        return false;
    }

    [DoesNotReturn]
    protected void Fail(string message) => throw new ZexusError(message, Location);
}

/// <summary>A statement prepared for execution.</summary>
public abstract class StmtNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public abstract Completion Exec(Scope scope);

    protected bool Attach(ZexusError error)
    {
        error.Location ??= Location;
        return false;
    }

    [DoesNotReturn]
    protected void Fail(string message) => throw new ZexusError(message, Location);
}
