using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>A sequence of statements; blocks do not create scopes (7.2). Each statement is one step.</summary>
public sealed class BlockNode(SourceLocation location, StmtNode[] statements, Interpreter interpreter) : StmtNode(location)
{
    public StmtNode[] Statements { get; } = statements;

    public override Completion Exec(Scope scope)
    {
        foreach (var statement in Statements)
        {
            interpreter.Tick();
            var c = statement.Exec(scope);
            if (c.IsAbrupt)
            {
                return c;
            }
        }

        return Completion.Normal;
    }
}

/// <summary>An expression statement (6.3).</summary>
public sealed class ExprStmtNode(SourceLocation location, ExprNode expression) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        expression.Eval(scope);
        return Completion.Normal;
    }
}

/// <summary>A statement that does nothing (<c>;</c>).</summary>
public sealed class EmptyNode(SourceLocation location) : StmtNode(location)
{
    public override Completion Exec(Scope scope) => Completion.Normal;
}

/// <summary><c>if</c> / <c>elif</c> / <c>else</c> (6.5).</summary>
public sealed class IfNode(SourceLocation location, ExprNode[] conditions, BlockNode[] bodies, BlockNode? otherwise) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i].Eval(scope).IsTruthy)
            {
                return bodies[i].Exec(scope);
            }
        }

        return otherwise?.Exec(scope) ?? Completion.Normal;
    }
}

/// <summary>Shared loop-body handling: break/continue, and control leaving a <c>match</c> block arm.</summary>
public abstract class LoopNode(SourceLocation location, BlockNode body, bool catchesMatchSignals) : StmtNode(location)
{
    /// <summary>Runs the body once; returns false when the loop must stop, with the completion to return.</summary>
    protected bool RunBody(Scope scope, out Completion result)
    {
        var c = catchesMatchSignals ? RunCatching(scope) : body.Exec(scope);
        switch (c.Kind)
        {
            case CompletionKind.Break:
                result = Completion.Normal;
                return false;
            case CompletionKind.Return:
                result = c;
                return false;
            default:
                result = Completion.Normal;
                return true;
        }
    }

    private Completion RunCatching(Scope scope)
    {
        try
        {
            return body.Exec(scope);
        }
        catch (MatchControlSignal s) when (s.Completion.Kind is CompletionKind.Break or CompletionKind.Continue)
        {
            return s.Completion;
        }
    }
}

/// <summary><c>while c { … }</c> (6.6).</summary>
public sealed class WhileNode(SourceLocation location, ExprNode condition, BlockNode body, bool catchesMatchSignals, Interpreter interpreter)
    : LoopNode(location, body, catchesMatchSignals)
{
    public override Completion Exec(Scope scope)
    {
        while (condition.Eval(scope).IsTruthy)
        {
            interpreter.Tick();
            if (!RunBody(scope, out var result))
            {
                return result;
            }
        }

        return Completion.Normal;
    }
}

/// <summary><c>for each</c> (6.7): lists live by position, maps over a snapshot; variables declared in the current scope.</summary>
public sealed class ForEachNode(SourceLocation location, int firstSlot, int secondSlot, ExprNode iterable, BlockNode body, bool catchesMatchSignals, Interpreter interpreter)
    : LoopNode(location, body, catchesMatchSignals)
{
    public override Completion Exec(Scope scope)
    {
        var source = iterable.Eval(scope);
        if (source.Kind == ValueKind.List)
        {
            var items = source.AsList.Items;
            for (var i = 0; i < items.Count; i++)
            {
                interpreter.Tick();
                if (secondSlot < 0)
                {
                    scope.Declare(firstSlot, items[i], false);
                }
                else
                {
                    scope.Declare(firstSlot, Value.FromInt(i), false);
                    scope.Declare(secondSlot, items[i], false);
                }

                if (!RunBody(scope, out var result))
                {
                    return result;
                }
            }

            return Completion.Normal;
        }

        if (source.Kind == ValueKind.Map)
        {
            var entries = source.AsMap.Entries.ToArray();
            foreach (var (key, value) in entries)
            {
                interpreter.Tick();
                scope.Declare(firstSlot, Value.FromString(key), false);
                if (secondSlot >= 0)
                {
                    scope.Declare(secondSlot, value, false);
                }

                if (!RunBody(scope, out var result))
                {
                    return result;
                }
            }

            return Completion.Normal;
        }

        Fail("ForEach expects List or Map");
        return default;
    }
}

/// <summary><c>return [expr]</c> (6.10).</summary>
public sealed class ReturnNode(SourceLocation location, ExprNode? value) : StmtNode(location)
{
    public override Completion Exec(Scope scope) => Completion.Return(value is null ? Value.Null : value.Eval(scope));
}

/// <summary><c>break</c> / <c>continue</c> (6.8).</summary>
public sealed class JumpNode(SourceLocation location, Completion completion) : StmtNode(location)
{
    public override Completion Exec(Scope scope) => completion;
}

/// <summary><c>throw expr</c>: an error whose message is the text form of the value (6.11).</summary>
public sealed class ThrowNode(SourceLocation location, ExprNode value) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var v = value.Eval(scope);
        throw new ZexusError(v.Kind == ValueKind.String ? v.AsString : TextForm.Of(v), Location);
    }
}
