using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>One prepared arm of a match expression.</summary>
public sealed record MatchArmNode(Value? Literal, int BindSlot, ExprNode? Result, BlockNode? Block);

/// <summary>
/// <c>match v { … }</c> (5.13). A block arm runs in the current scope and the match is null; if the block
/// ends with return/break/continue, the completion leaves the expression as a <see cref="MatchControlSignal"/>.
/// </summary>
public sealed class MatchNode(SourceLocation location, ExprNode subject, MatchArmNode[] arms) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var v = subject.Eval(scope);
        foreach (var arm in arms)
        {
            if (arm.Literal is { } lit && !LiteralMatches(lit, v))
            {
                continue;
            }

            if (arm.BindSlot >= 0)
            {
                scope.Declare(arm.BindSlot, v, false);
            }

            if (arm.Result is not null)
            {
                return arm.Result.Eval(scope);
            }

            var c = arm.Block!.Exec(scope);
            if (c.IsAbrupt)
            {
                throw new MatchControlSignal(c);
            }

            return Value.Null;
        }

        Fail("Match expression: no pattern matched");
        return default;
    }

    /// <summary>A literal pattern matches a value of the same kind that is equal to it.</summary>
    private static bool LiteralMatches(Value literal, Value v) =>
        literal.Kind == v.Kind && Operators.Equal(literal, v);
}
