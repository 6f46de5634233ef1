using System.Runtime.ExceptionServices;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// The error handlers of one run of compiled code and the errors its finally blocks hold (SETUP_TRY,
/// SETUP_FINALLY, POP_TRY, RERAISE, DROP_PENDING): the stack interpreter's per-frame handler list, kept in a
/// local of the compiled method and created by the first SETUP. Only <see cref="ZexusError"/>s are caught,
/// as by the interpreter; running out of gas or steps is never caught.
/// </summary>
internal sealed class JitHandlers
{
    private readonly List<(int Target, int Height, bool IsFinally)> _handlers = [];
    private List<Exception>? _pending;

    /// <summary>SETUP_TRY or SETUP_FINALLY at operand stack height <paramref name="height"/>.</summary>
    public static void Setup(ref JitHandlers? handlers, int target, bool isFinally, int height) => (handlers ??= new())._handlers.Add((target, height, isFinally));

    /// <summary>The active handlers, innermost last (null when none was ever set up), for <see cref="ZvmMachine.Resume"/>.</summary>
    public static List<(int Target, int Height, bool IsFinally)>? Active(JitHandlers? handlers) => handlers?._handlers;

    /// <summary>The errors held for finally blocks, innermost last, for <see cref="ZvmMachine.Resume"/>.</summary>
    public static List<Exception>? Pending(JitHandlers? handlers) => handlers?._pending;

    public static void Pop(JitHandlers? handlers)
    {
        if (handlers is not { _handlers.Count: > 0 })
        {
            throw new ZexusError("invalid bytecode: POP_TRY without a handler");
        }

        handlers._handlers.RemoveAt(handlers._handlers.Count - 1);
    }

    public static void Reraise(JitHandlers? handlers)
    {
        if (handlers?._pending is not { Count: > 0 } pending)
        {
            throw new ZexusError("invalid bytecode: RERAISE without a pending error");
        }

        var e = pending[^1];
        pending.RemoveAt(pending.Count - 1);
        ExceptionDispatchInfo.Throw(e);
    }

    public static void DropPending(JitHandlers? handlers)
    {
        if (handlers?._pending is { Count: > 0 } pending)
        {
            pending.RemoveAt(pending.Count - 1);
        }
    }

    /// <summary>
    /// An exception leaves an instruction (<see cref="JitHelpers.Unwind"/> first): the offset of the innermost
    /// handler's code, which takes over, with the message for a catch handler or the error held for a finally
    /// handler — or -1 to let the exception propagate.
    /// </summary>
    public static int Catch(JitCode code, ZvmMachine m, Exception e, int ip, int bp, int depth, JitHandlers? handlers, out Value message)
    {
        JitHelpers.Unwind(code, m, e, ip, bp, depth);
        message = default;
        if (e is not ZexusError error || handlers is not { _handlers.Count: > 0 } h)
        {
            return -1;
        }

        var (target, _, isFinally) = h._handlers[^1];
        h._handlers.RemoveAt(h._handlers.Count - 1);
        if (isFinally)
        {
            (h._pending ??= []).Add(e);
        }
        else
        {
            message = Value.FromString(error.Message);
        }

        return target;
    }
}
