using System.Reflection.Emit;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Jit;

/// <summary>
/// Calls in compiled code: CALL_TOP and friends (with <c>require</c> inline), CALL_METHOD, and instructions run by the
/// stack interpreter's handler, whose values pass through the shared stack.
/// </summary>
internal sealed partial class JitEmitter
{
    private void EmitCall(int i, int argc)
    {
        var h = _plan.Heights[i];
        var callee = h - argc - 1;
        var done = _il.DefineLabel();
        if (_plan.Instructions[i].Opcode == CALL_TOP && argc is 1 or 2 && _plan.CalleeName(i, argc) is >= 0 and var name && _names[name].Name == "require")
        {
            var general = _il.DefineLabel();
            Ld(callee);
            Call(nameof(JitHelpers.IsRequire));
            _il.Emit(OpCodes.Brfalse, general);
            StoreIp(_plan.Instructions[i].Offset);
            _il.Emit(OpCodes.Ldarg_1);
            Ld(callee + 1);
            Ld(callee + argc);
            _il.Emit(OpCodes.Ldc_I4, argc);
            Call(nameof(JitHelpers.Require));
            _il.Emit(OpCodes.Call, NullValue);
            St(callee);
            _il.Emit(OpCodes.Br, done);
            _il.MarkLabel(general);
        }

        BeginObserving(i);
        if (argc <= JitDirectCallEmitter.MaxArgs)
        {
            _direct.Emit(callee, argc);
        }
        else
        {
            _il.Emit(OpCodes.Ldarg_1);
            Ld(callee);
            EmitSpill(callee + 1, argc);
            _il.Emit(OpCodes.Ldc_I4, argc);
            _il.Emit(OpCodes.Call, Calls(nameof(JitCalls.CallSpilled)));
            StReturned(callee);
        }

        EndObserving(i);
        _il.MarkLabel(done);
    }

    /// <summary>CALL_METHOD with up to two arguments, passed without the shared stack.</summary>
    private void EmitMethodCall(int i, string name, int argc)
    {
        var target = _plan.Heights[i] - argc - 1;
        BeginObserving(i);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, MethodSitesField);
        _il.Emit(OpCodes.Ldc_I4, _methodSites.Count);
        _il.Emit(OpCodes.Ldelem_Ref);
        _methodSites.Add(new MethodSite(name));
        Ld(target);
        for (var j = 1; j <= argc; j++)
        {
            Ld(target + j);
        }

        _il.Emit(OpCodes.Call, Calls(argc switch { 0 => nameof(JitCalls.Method0), 1 => nameof(JitCalls.Method1), _ => nameof(JitCalls.Method2) }));
        StReturned(target);
        EndObserving(i);
    }

    /// <summary>Copies <paramref name="count"/> stack locals from <paramref name="from"/> to the shared stack at its current height.</summary>
    private void EmitSpill(int from, int count)
    {
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldc_I4, count + 4);
        Call(nameof(JitHelpers.Reserve));
        _il.Emit(OpCodes.Stloc, _spill);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, SpField);
        _il.Emit(OpCodes.Stloc, _at);
        for (var j = 0; j < count; j++)
        {
            EmitSharedStackIndex(j);
            Ld(from + j);
            _il.Emit(OpCodes.Stelem, typeof(Value));
        }
    }

    /// <summary>Pushes the shared stack array and the index of its entry <paramref name="j"/> above the saved height.</summary>
    private void EmitSharedStackIndex(int j)
    {
        _il.Emit(OpCodes.Ldloc, _spill);
        _il.Emit(OpCodes.Ldloc, _at);
        _il.Emit(OpCodes.Ldc_I4, j);
        _il.Emit(OpCodes.Add);
    }

    /// <summary>Copies <paramref name="count"/> values back from the shared stack at the saved height into stack locals from <paramref name="from"/>.</summary>
    private void EmitReload(int from, int count)
    {
        if (count <= 0)
        {
            return;
        }

        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, StackField);
        _il.Emit(OpCodes.Stloc, _spill);
        for (var j = 0; j < count; j++)
        {
            EmitSharedStackIndex(j);
            _il.Emit(OpCodes.Ldelem, typeof(Value));
            St(from + j);
        }
    }

    /// <summary>
    /// Runs the instruction with the stack interpreter's handler: its operands are spilled to the shared stack,
    /// the handler runs, and its results (on the path it took) are loaded back into stack locals.
    /// </summary>
    private void EmitInterpreted(int i)
    {
        var ins = _plan.Instructions[i];
        var info = ins.Info;
        var h = _plan.Heights[i];
        var pops = info.PopCount(ins.Operands);
        var spilled = Math.Max(Math.Max(pops, info.BranchPops), ins.Opcode == MATCH_LITERAL ? 1 : 0);
        var from = h - spilled;
        BeginObserving(i);
        EmitSpill(from, spilled);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Ldc_I4, (int)ins.Opcode);
        _il.Emit(OpCodes.Ldc_I4, ins.Offset + 1);
        _il.Emit(OpCodes.Ldc_I4, spilled);
        Call(nameof(JitHelpers.Interpret));
        _il.Emit(OpCodes.Stloc, _next);
        if (info.Terminating)
        {
            _il.Emit(OpCodes.Ldnull);
            _il.Emit(OpCodes.Throw);
            return;
        }

        if (ins.Target >= 0)
        {
            var fallThrough = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, _next);
            _il.Emit(OpCodes.Ldc_I4, (int)ins.Target);
            _il.Emit(OpCodes.Bne_Un, fallThrough);
            EmitReload(from, h - info.BranchPops + info.BranchPushes - from);
            _il.Emit(OpCodes.Br, EntryOf(ins.Target));
            _il.MarkLabel(fallThrough);
        }

        EmitReload(from, h - pops + info.PushCount(ins.Operands) - from);
        EndObserving(i);
    }
}
