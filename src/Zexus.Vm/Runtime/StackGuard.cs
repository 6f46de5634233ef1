using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>
/// <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> with its last success remembered per thread. The
/// stack grows down, so a frame at or above the deepest point where the check passed has at least as much stack
/// left: the answer there is "sufficient" without asking the runtime again. Only deeper frames ask (and, when the
/// answer is yes, move the remembered point down).
/// PERF (bench: zexus bench, contract and fib jit rows): a call at a depth reached before costs a thread-static
/// read and a compare instead of a call into the runtime that looks the thread up.
/// </summary>
internal static class StackGuard
{
    /// <summary>The lowest stack address of this thread where the runtime's check passed; 0 before the first check.</summary>
    [ThreadStatic]
    private static nuint t_checked;

    /// <summary>True when the current thread has enough stack left for another level of calls.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe bool IsSufficient()
    {
        // SAFETY: the address of a local is only compared with addresses of this thread's stack, never dereferenced.
        byte marker = 0;
        var here = (nuint)(&marker);
        var known = t_checked;
        return (known != 0 && here >= known) || Check(here);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Check(nuint here)
    {
        // The runtime's check runs in this frame, below the caller's: passing here means passing at the caller's.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }

        t_checked = here;
        return true;
    }
}
