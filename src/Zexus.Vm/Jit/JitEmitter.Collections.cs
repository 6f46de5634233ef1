using System.Reflection;
using System.Reflection.Emit;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Jit;

/// <summary>Native translations of iteration, pure built-in calls and list pushes (strings and maps workloads).</summary>
internal sealed partial class JitEmitter
{

    /// <summary>Scratch locals for FOR_ITER's results, whose addresses are taken (of the stack locals, only the iterator's is).</summary>
    private LocalBuilder? _first;
    private LocalBuilder? _second;

    private static MethodInfo Builtins(string name) => typeof(JitBuiltins).GetMethod(name, BindingFlags.Static | BindingFlags.Public)!;

    /// <summary>
    /// FOR_ITER: the next element (mode 1) or index/key and element (mode 2) into the stack locals, or on to the
    /// target with the iterator popped. It has only static gas and cannot run user code, so nothing is observed.
    /// PERF (bench: zexus bench, strings jit row): replaces a spill, the interpreter's handler and a reload per element.
    /// </summary>
    private void EmitForIter(int i)
    {
        var ins = _plan.Instructions[i];
        var h = _plan.Heights[i];
        StoreIp(ins.Offset);
        _first ??= _il.DeclareLocal(typeof(Value));
        _second ??= _il.DeclareLocal(typeof(Value));
        // By reference: only the stack local at the iterator's height stays in memory, not a copy per element.
        _il.Emit(OpCodes.Ldloca, _s[h - 1]);
        if (ins.Operands[1] == 2)
        {
            _il.Emit(OpCodes.Ldloca, _first);
            _il.Emit(OpCodes.Ldloca, _second);
            Call(nameof(JitHelpers.ForIterPair));
        }
        else
        {
            _il.Emit(OpCodes.Ldloca, _first);
            Call(nameof(JitHelpers.ForIterItem));
        }

        _il.Emit(OpCodes.Brfalse, EntryOf(ins.Target));
        _il.Emit(OpCodes.Ldloc, _first);
        St(h);
        if (ins.Operands[1] == 2)
        {
            _il.Emit(OpCodes.Ldloc, _second);
            St(h + 1);
        }
    }

    /// <summary>Goes to <paramref name="bound"/> when stack local <paramref name="k"/> is not undefined.</summary>
    private void EmitBoundCheck(int k, Label bound)
    {
        Ld(k);
        _il.Emit(OpCodes.Ldfld, KindField);
        _il.Emit(OpCodes.Brtrue, bound);
    }

    /// <summary>
    /// LOAD_NAME's search once the first candidate is unbound: for a built-in's name with no other candidate the
    /// search can only end at the built-in (5.2). PERF (bench: zexus bench, strings and maps jit rows): no lookup call.
    /// </summary>
    private void EmitLoadNameOrBuiltin(int name, int h)
    {
        var entry = _names[name];
        if (entry.Candidates.Length > 1 || !BuiltinRegistry.TryGet(entry.Name, out _))
        {
            EmitLoadName(name, h);
            return;
        }

        EmitLoadBuiltin(entry.Name);
        St(h);
    }

    /// <summary>
    /// CALL_TOP 1 whose callee is pure built-in number <paramref name="k"/>: called directly, without giving back the
    /// block's gas advance (it cannot observe gas); any other callee takes the general call.
    /// PERF (bench: zexus bench, strings and maps jit rows): <c>string(i)</c> without the general call path.
    /// </summary>
    private void EmitPureCall(int i, int k)
    {
        var callee = _plan.Heights[i] - 2;
        var general = _il.DefineLabel();
        var done = _il.DefineLabel();
        Ld(callee);
        _il.Emit(OpCodes.Ldc_I4, k);
        _il.Emit(OpCodes.Call, Builtins(nameof(JitBuiltins.Is)));
        _il.Emit(OpCodes.Brfalse, general);
        StoreIp(_plan.Instructions[i].Offset);
        if (JitBuiltins.IsText(k))
        {
            Ld(callee + 1);
            _il.Emit(OpCodes.Call, Builtins(nameof(JitBuiltins.Text)));
        }
        else
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldc_I4, k);
            Ld(callee + 1);
            _il.Emit(OpCodes.Call, Builtins(nameof(JitBuiltins.Call1)));
        }

        St(callee);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(general);
        BeginObserving(i);
        _il.Emit(OpCodes.Ldarg_1);
        Ld(callee);
        Ld(callee + 1);
        _il.Emit(OpCodes.Call, Calls(nameof(JitCalls.Call1)));
        St(callee);
        EndObserving(i);
        _il.MarkLabel(done);
    }

    /// <summary>
    /// CALL_METHOD "push" with one argument: on a list, appended in place without giving back the block's gas
    /// advance (nothing can observe gas); on anything else the general method call.
    /// PERF (bench: zexus bench, strings jit row): <c>parts.push(x)</c> without method dispatch by name.
    /// </summary>
    private void EmitPush(int i)
    {
        var target = _plan.Heights[i] - 2;
        var done = _il.DefineLabel();
        Ld(target);
        Ld(target + 1);
        _il.Emit(OpCodes.Call, Builtins(nameof(JitBuiltins.TryPush)));
        _il.Emit(OpCodes.Brtrue, done);
        EmitMethodCall(i, "push", 1);
        _il.MarkLabel(done);
    }
}
