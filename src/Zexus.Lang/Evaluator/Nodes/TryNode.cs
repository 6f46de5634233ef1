using System.Runtime.ExceptionServices;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>
/// <c>try / catch / finally</c> (6.11). The catch variable is declared in the current scope and holds the
/// message text. The finally block runs however the try and catch blocks ended; if it ends abruptly
/// itself (error, return, break, continue), that outcome replaces the pending one.
/// </summary>
public sealed class TryNode(SourceLocation location, BlockNode body, int catchSlot, BlockNode? catchBody, BlockNode? finallyBody) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        if (finallyBody is null)
        {
            return TryCatch(scope);
        }

        Completion pending;
        Exception? pendingError = null;
        try
        {
            pending = TryCatch(scope);
        }
        catch (Exception e) when (e is ZexusError or MatchControlSignal)
        {
            pending = Completion.Normal;
            pendingError = e;
        }

        var f = finallyBody.Exec(scope);
        if (f.IsAbrupt)
        {
            return f;
        }

        if (pendingError is not null)
        {
            ExceptionDispatchInfo.Throw(pendingError);
        }

        return pending;
    }

    private Completion TryCatch(Scope scope)
    {
        if (catchBody is null)
        {
            return body.Exec(scope);
        }

        try
        {
            return body.Exec(scope);
        }
        catch (ZexusError e)
        {
            if (catchSlot >= 0)
            {
                scope.Declare(catchSlot, Value.FromString(e.Message), false);
            }

            return catchBody.Exec(scope);
        }
    }
}
