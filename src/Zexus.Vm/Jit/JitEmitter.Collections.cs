using System.Reflection.Emit;

namespace Zexus.Vm.Jit;

/// <summary>Native translations of the iteration, built-in call and indexing instructions (strings and maps workloads).</summary>
internal sealed partial class JitEmitter
{
    /// <summary>
    /// FOR_ITER: the next element (mode 1) or index/key and element (mode 2) into the stack locals, or on to the
    /// target with the iterator popped. It has only static gas and cannot run user code, so nothing is observed.
    /// PERF (bench: zexus bench, strings jit row): replaces a spill, the interpreter's handler and a reload per element.
    /// </summary>
    private void EmitForIter(int i, bool fast)
    {
        var ins = _plan.Instructions[i];
        var h = _plan.Heights[i];
        StoreIp(ins.Offset, !fast);
        Ld(h - 1);
        _il.Emit(ins.Operands[1] == 2 ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Ldloca, _s[h]);
        _il.Emit(OpCodes.Ldloca, _s[h + 1]);
        Call(nameof(JitHelpers.ForIter));
        _il.Emit(OpCodes.Brfalse, EntryOf(ins.Target));
    }
}
