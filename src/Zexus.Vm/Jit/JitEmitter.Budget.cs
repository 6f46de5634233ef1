using System.Reflection.Emit;
using Zexus.Vm.Runtime;
using Label = System.Reflection.Emit.Label;

namespace Zexus.Vm.Jit;

/// <summary>
/// Gas and steps in compiled code, and leaving it for the stack interpreter. A block runs compiled only when the
/// gas and steps left cover all of it, charged at once; otherwise (and after code that observed gas, when the rest of
/// its block is no longer covered) the run continues on the interpreter from that instruction, which charges
/// instruction by instruction, so running out of gas or steps happens at exactly the interpreter's point. The state moves over as the interpreter
/// keeps it: operand stack locals onto the shared stack, slots kept in IL locals into a scope, the error handlers
/// with their stack heights (<see cref="JitHelpers.Resume"/>).
/// PERF (bench: zexus bench, every jit row): one compiled copy of each block, not a second copy charging exactly,
/// which doubled the method and the JIT's local variables and kept more of them out of registers.
/// </summary>
internal sealed partial class JitEmitter
{
    /// <summary>If the gas or the step budget cannot cover <paramref name="gas"/>/<paramref name="steps"/>, go to <paramref name="resume"/> (a resume stub); else charge them.</summary>
    private void EmitBudget(long gas, int steps, Label resume)
    {
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, GasField);
        _il.Emit(OpCodes.Ldc_I8, gas);
        _il.Emit(OpCodes.Blt, resume);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, StepsField);
        _il.Emit(OpCodes.Ldc_I8, (long)steps);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, MaxStepsField);
        _il.Emit(OpCodes.Bgt, resume);
        AddToCounters(-gas, steps);
    }

    private void AddToCounters(long gas, int steps)
    {
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Ldfld, GasField);
        _il.Emit(OpCodes.Ldc_I8, gas);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stfld, GasField);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Ldfld, StepsField);
        _il.Emit(OpCodes.Ldc_I8, (long)steps);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stfld, StepsField);
    }

    /// <summary>Records the instruction that may fail, with the rest of its block charged in advance (<see cref="JitHelpers.Unwind"/> gives it back).</summary>
    private void StoreIp(int offset)
    {
        _il.Emit(OpCodes.Ldc_I4, offset);
        _il.Emit(OpCodes.Stloc, _ip);
    }

    /// <summary>Records the instruction that may fail, with nothing charged in advance (<see cref="JitCode.Exact"/>).</summary>
    private void StoreIpExact(int offset)
    {
        _il.Emit(OpCodes.Ldc_I4, offset | JitCode.Exact);
        _il.Emit(OpCodes.Stloc, _ip);
    }

    /// <summary>Before code that can observe gas: give back the advance for the rest of the block.</summary>
    private void BeginObserving(int i)
    {
        var offset = _plan.Instructions[i].Offset;
        if (_plan.RestSteps[offset] > 0)
        {
            AddToCounters(_plan.RestGas[offset], -_plan.RestSteps[offset]);
        }

        StoreIpExact(offset);
    }

    /// <summary>After code that can observe gas: take the advance again, or continue on the interpreter (<see cref="ResumeAt"/>).</summary>
    private void EndObserving(int i)
    {
        var offset = _plan.Instructions[i].Offset;
        if (_plan.RestSteps[offset] > 0)
        {
            EmitBudget(_plan.RestGas[offset], _plan.RestSteps[offset], ResumeAt(i + 1));
        }
    }

    /// <summary>By instruction index: the stub that resumes there on the interpreter, created when first needed.</summary>
    private readonly Dictionary<int, Label> _resumeAt = [];

    private LocalBuilder? _resumePc;
    private LocalBuilder? _resumeHeight;
    private LocalBuilder? _resumeEnv;
    private Label _resumeExit;

    /// <summary>The label that continues the run on the interpreter at instruction <paramref name="i"/>.</summary>
    private Label ResumeAt(int i)
    {
        if (!_resumeAt.TryGetValue(i, out var label))
        {
            label = _il.DefineLabel();
            _resumeAt.Add(i, label);
        }

        return label;
    }

    /// <summary>
    /// Inside the protected region, after the blocks: each resume stub records where to resume and enters a shared
    /// chain that spills the stack locals below its height, then puts the slots in a scope and leaves the region.
    /// </summary>
    private void EmitResumeStubs()
    {
        if (_resumeAt.Count == 0)
        {
            return;
        }

        _resumePc = _il.DeclareLocal(typeof(int));
        _resumeHeight = _il.DeclareLocal(typeof(int));
        _resumeEnv = _il.DeclareLocal(typeof(Scope));
        _resumeExit = _il.DefineLabel();
        var maxHeight = _resumeAt.Keys.Max(i => _plan.Heights[i]);
        var spill = Enumerable.Range(0, maxHeight + 1).Select(_ => _il.DefineLabel()).ToArray();
        foreach (var (i, label) in _resumeAt.OrderBy(p => p.Key))
        {
            var h = _plan.Heights[i];
            _il.MarkLabel(label);
            _il.Emit(OpCodes.Ldc_I4, _plan.Instructions[i].Offset);
            _il.Emit(OpCodes.Stloc, _resumePc);
            _il.Emit(OpCodes.Ldc_I4, h);
            _il.Emit(OpCodes.Stloc, _resumeHeight);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldc_I4, maxHeight);
            Call(nameof(JitHelpers.Reserve));
            _il.Emit(OpCodes.Stloc, _spill);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, SpField);
            _il.Emit(OpCodes.Stloc, _at);
            _il.Emit(OpCodes.Br, spill[h]);
        }

        for (var k = maxHeight; k > 0; k--)
        {
            _il.MarkLabel(spill[k]);
            _il.Emit(OpCodes.Ldloc, _spill);
            _il.Emit(OpCodes.Ldloc, _at);
            _il.Emit(OpCodes.Ldc_I4, k - 1);
            _il.Emit(OpCodes.Add);
            Ld(k - 1);
            _il.Emit(OpCodes.Stelem, typeof(Value));
        }

        _il.MarkLabel(spill[0]);
        _il.Emit(OpCodes.Ldarg_2);
        if (_locals.Scopeless)
        {
            // Argument 2 is the scope the call scope would have had as parent (JitEmitter.Locals).
            _il.Emit(OpCodes.Ldc_I4, _slotLocals.Length);
            _il.Emit(OpCodes.Newobj, typeof(Scope).GetConstructor([typeof(Scope), typeof(int)])!);
        }

        _il.Emit(OpCodes.Stloc, _resumeEnv);
        for (var k = 0; k < _slotLocals.Length; k++)
        {
            if (_slotLocals[k] is { } local)
            {
                _il.Emit(OpCodes.Ldloc, _resumeEnv);
                _il.Emit(OpCodes.Ldfld, SlotsField);
                _il.Emit(OpCodes.Ldc_I4, k);
                _il.Emit(OpCodes.Ldloc, local);
                _il.Emit(OpCodes.Stelem, typeof(Value));
            }
        }

        _il.Emit(OpCodes.Leave, _resumeExit);
    }

    /// <summary>After the protected region: the run continues on the interpreter, whose result is the function's.</summary>
    private void EmitResumeExit()
    {
        if (_resumeAt.Count == 0)
        {
            return;
        }

        _il.MarkLabel(_resumeExit);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldloc, _resumeEnv!);
        _il.Emit(OpCodes.Ldloc, _resumePc!);
        _il.Emit(OpCodes.Ldloc, _resumeHeight!);
        _il.Emit(OpCodes.Ldloc, _handlers);
        _il.Emit(OpCodes.Ldloc, _depth);
        Call(nameof(JitHelpers.Resume));

        // Through the shared local for returned values, so that the result local is not written by a call and can
        // stay in registers (see JitSmallIntEmitter.StoreReturned).
        _il.Emit(OpCodes.Stloc, _ret);
        _il.Emit(OpCodes.Ldloc, _ret);
        _il.Emit(OpCodes.Stloc, _result);
        _il.Emit(OpCodes.Br, _return);
    }
}
