using System.Reflection;
using System.Reflection.Emit;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// Emits, for <see cref="JitEmitter"/>, binary operations with a small-integer case that cannot fail, and stores of
/// values returned by calls. The operands are stack locals <c>stack[h-2]</c> and <c>stack[h-1]</c>; the result
/// replaces <c>stack[h-2]</c>.
/// </summary>
internal sealed class JitSmallIntEmitter(ILGenerator il, LocalBuilder[] stack, LocalBuilder returned)
{
    private static readonly MethodInfo FromInt = typeof(JitHelpers).GetMethod(nameof(JitHelpers.FromInt))!;

    private readonly LocalBuilder _small = il.DeclareLocal(typeof(long));

    /// <summary>
    /// The small-integer case (<paramref name="tryHelper"/>: operands, out result, returns success), else
    /// <paramref name="storeIp"/> and the full operation (<paramref name="helper"/>).
    /// PERF (bench: zexus bench, fib and loop jit rows): the integer result is built in the stack local itself, not in
    /// a returned struct that the JIT would copy through memory.
    /// </summary>
    public void Emit(int h, MethodInfo tryHelper, MethodInfo helper, Action storeIp)
    {
        var slow = il.DefineLabel();
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, stack[h - 2]);
        il.Emit(OpCodes.Ldloc, stack[h - 1]);
        il.Emit(OpCodes.Ldloca, _small);
        il.Emit(OpCodes.Call, tryHelper);
        il.Emit(OpCodes.Brfalse, slow);
        il.Emit(OpCodes.Ldloc, _small);
        il.Emit(OpCodes.Call, FromInt);
        il.Emit(OpCodes.Stloc, stack[h - 2]);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(slow);
        storeIp();
        il.Emit(OpCodes.Ldloc, stack[h - 2]);
        il.Emit(OpCodes.Ldloc, stack[h - 1]);
        il.Emit(OpCodes.Call, helper);
        StoreReturned(h - 2);
        il.MarkLabel(done);
    }

    /// <summary>
    /// Stores a value a call returned to stack local <paramref name="k"/> through one shared local.
    /// PERF (bench: zexus bench, fib jit row): the JIT writes a returned struct into its destination's memory, which
    /// would keep the stack local out of registers everywhere; only the shared local stays in memory.
    /// </summary>
    public void StoreReturned(int k)
    {
        il.Emit(OpCodes.Stloc, returned);
        il.Emit(OpCodes.Ldloc, returned);
        il.Emit(OpCodes.Stloc, stack[k]);
    }
}
