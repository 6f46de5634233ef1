using System.Reflection.Emit;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Jit;

/// <summary>
/// Arithmetic, comparison and concatenation for <see cref="JitEmitter"/>: a small-integer case in line where it
/// cannot fail, the shared operation otherwise (<see cref="JitHelpers"/>).
/// </summary>
internal sealed partial class JitEmitter
{
    /// <summary>A comparison, fused with a conditional jump right after it in the same block.</summary>
    private int EmitComparison(int i, int last)
    {
        var ins = _plan.Instructions[i];
        var h = _plan.Heights[i];
        StoreIp(ins.Offset);
        Ld(h - 2);
        Ld(h - 1);
        Call(ins.Opcode switch
        {
            EQ => nameof(JitHelpers.Equal),
            NEQ => nameof(JitHelpers.NotEqual),
            LT => nameof(JitHelpers.Less),
            GT => nameof(JitHelpers.Greater),
            LTE => nameof(JitHelpers.LessOrEqual),
            _ => nameof(JitHelpers.GreaterOrEqual),
        });
        if (i < last && _plan.Instructions[i + 1] is { Opcode: JUMP_IF_FALSE or JUMP_IF_TRUE } branch)
        {
            _il.Emit(branch.Opcode == JUMP_IF_TRUE ? OpCodes.Brtrue : OpCodes.Brfalse, EntryOf(branch.Target));
            return 2;
        }

        Call(nameof(JitHelpers.FromBool));
        St(h - 2);
        return 1;
    }

    private void EmitAdd(int i) => EmitSmallIntFirst(i, nameof(JitHelpers.TryAddSmall), nameof(JitHelpers.Add));

    private void EmitSmallIntFirst(int i, string tryHelper, string helper) =>
        _arith.Emit(_plan.Heights[i], Helper(tryHelper), Helper(helper), () => StoreIp(_plan.Instructions[i].Offset));

    /// <summary>ADD, a load (constant or name), ADD within one block: <c>a + b + c</c>.</summary>
    private bool IsConcatChain(int i, int last) =>
        i + 2 <= last
        && _plan.Instructions[i + 1].Opcode is LOAD_CONST or LOAD_LOCAL or LOAD_NAME
        && _plan.Instructions[i + 2].Opcode == ADD;

    /// <summary>
    /// <c>a + b + c</c> with string <c>a</c> and <c>b</c>: one concatenation instead of two (the first cannot fail,
    /// the load in between runs in its place, and a non-string <c>c</c> meets the concatenated <c>a + b</c> as
    /// before); otherwise the two ADDs as usual. Gas and steps are the block's, charged in advance as for any block.
    /// PERF (bench: zexus bench, strings jit row): <c>s = s + p + ","</c> copies the growing string once, not twice.
    /// </summary>
    private void EmitConcatChain(int i, int last)
    {
        var h = _plan.Heights[i];
        var generic = _il.DefineLabel();
        var done = _il.DefineLabel();
        Ld(h - 2);
        Ld(h - 1);
        Call(nameof(JitHelpers.AreStrings));
        _il.Emit(OpCodes.Brfalse, generic);
        Ld(h - 1);
        _il.Emit(OpCodes.Stloc, _held);
        EmitInstruction(i + 1, last);
        StoreIp(_plan.Instructions[i + 2].Offset);
        Ld(h - 2);
        _il.Emit(OpCodes.Ldloc, _held);
        Ld(h - 1);
        Call(nameof(JitHelpers.Concat3));
        StReturned(h - 2);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(generic);
        EmitAdd(i);
        EmitInstruction(i + 1, last);
        EmitAdd(i + 2);
        _il.MarkLabel(done);
    }

    /// <summary>MUL: a small-integer product that fits in 64 bits here (no dynamic gas); anything else by the interpreter's handler.</summary>
    private void EmitMul(int i)
    {
        var h = _plan.Heights[i];
        var done = _il.DefineLabel();
        var slow = _il.DefineLabel();
        Ld(h - 2);
        Ld(h - 1);
        _il.Emit(OpCodes.Ldloca, _product);
        Call(nameof(JitHelpers.TryMulSmall));
        _il.Emit(OpCodes.Brfalse, slow);
        _il.Emit(OpCodes.Ldloc, _product);
        St(h - 2);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(slow);
        EmitInterpreted(i);
        _il.MarkLabel(done);
    }
}
