using System.Reflection;
using System.Reflection.Emit;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Jit;

/// <summary>
/// Name and slot operations of code that keeps its own slots in IL locals (<see cref="JitLocals"/>). Arguments of
/// such code: 2 the call scope, or for <see cref="JitLocals.Scopeless"/> code the scope it would have had as parent;
/// 3 the slots to start from (null on the direct path), 4 and 5 the first two arguments on the direct path.
/// </summary>
internal sealed partial class JitEmitter
{
    private static readonly FieldInfo SlotsField = typeof(Scope).GetField(nameof(Scope.Slots))!;

    private readonly JitLocals _locals;

    /// <summary>By slot of the own scope: its IL local, or null when the slot stays in the scope.</summary>
    private LocalBuilder?[] _slotLocals = [];

    private static MethodInfo LocalHelper(string name) => typeof(JitLocalHelpers).GetMethod(name, BindingFlags.Static | BindingFlags.Public)!;

    /// <summary>Declares the slots' IL locals and loads them: from the given slots, else from the direct path's arguments.</summary>
    private void EmitLocalsEntry(int[] paramSlots)
    {
        if (!_locals.Any)
        {
            return;
        }

        _slotLocals = [.. _locals.InLocal.Select(l => l ? _il.DeclareLocal(typeof(Value)) : null)];
        var done = _il.DefineLabel();
        var direct = _il.DefineLabel();
        if (_locals.Scopeless)
        {
            _il.Emit(OpCodes.Ldarg_3);
            _il.Emit(OpCodes.Brfalse, direct);
        }

        for (var k = 0; k < _slotLocals.Length; k++)
        {
            if (_slotLocals[k] is { } local)
            {
                if (_locals.Scopeless)
                {
                    _il.Emit(OpCodes.Ldarg_3);
                }
                else
                {
                    _il.Emit(OpCodes.Ldarg_2);
                    _il.Emit(OpCodes.Ldfld, SlotsField);
                }

                _il.Emit(OpCodes.Ldc_I4, k);
                _il.Emit(OpCodes.Call, LocalHelper(nameof(JitLocalHelpers.SlotAt)));
                _il.Emit(OpCodes.Stloc, local);
            }
        }

        if (_locals.Scopeless)
        {
            _il.Emit(OpCodes.Br, done);
            _il.MarkLabel(direct);

            // The direct path passes Value.Null for arguments not given (5.11); parameters past the second are missing.
            for (var p = 0; p < paramSlots.Length; p++)
            {
                if (p < 2)
                {
                    _il.Emit(OpCodes.Ldarg_S, (byte)(4 + p));
                }
                else
                {
                    _il.Emit(OpCodes.Call, NullValue);
                }

                _il.Emit(OpCodes.Stloc, _slotLocals[paramSlots[p]]!);
            }
        }

        _il.MarkLabel(done);
    }

    /// <summary>Pushes the value of <paramref name="c"/> if it is bound there, else <see cref="Value.Undefined"/>.</summary>
    private void EmitLoadCandidate(NameCandidate c)
    {
        if (_locals.IsLocal(c))
        {
            _il.Emit(OpCodes.Ldloc, _slotLocals[c.Slot]!);
            return;
        }

        EmitOuterCandidate(c);
        Call(nameof(JitHelpers.LoadFirst));
    }

    /// <summary>The scope argument, hops and slot of a candidate held by a scope.</summary>
    private void EmitOuterCandidate(NameCandidate c)
    {
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Ldc_I4, c.Hops - _locals.Bias);
        _il.Emit(OpCodes.Ldc_I4, c.Slot);
    }

    /// <summary>
    /// LOAD_LOCAL and LOAD_NAME: the first bound candidate, else the built-in, TX or the error (5.2). Only the last
    /// step can fail or observe anything, so only it records the position.
    /// </summary>
    private void EmitLoadLocalName(int i)
    {
        var ins = _plan.Instructions[i];
        var h = _plan.Heights[i];
        var name = ins.Operands[0];
        var done = _il.DefineLabel();
        foreach (var c in _names[name].Candidates)
        {
            EmitLoadCandidate(c);
            St(h);
            if (_locals.IsBoundAt(i, c))
            {
                _il.MarkLabel(done);
                return;
            }

            EmitBoundCheck(h, done);
        }

        StoreIp(ins.Offset);
        if (BuiltinRegistry.TryGet(_names[name].Name, out _))
        {
            EmitLoadBuiltin(_names[name].Name);
        }
        else
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldc_I4, name);
            _il.Emit(OpCodes.Call, LocalHelper(nameof(JitLocalHelpers.LoadUnbound)));
        }

        StReturned(h);
        _il.MarkLabel(done);
    }

    /// <summary>Pushes the built-in called <paramref name="name"/> (a name <see cref="BuiltinRegistry"/> has) on the IL stack.</summary>
    private void EmitLoadBuiltin(string name)
    {
        _il.Emit(OpCodes.Ldc_I4, JitBuiltins.IndexOfAny(name));
        _il.Emit(OpCodes.Call, Builtins(nameof(JitBuiltins.Load)));
    }

    /// <summary>
    /// STORE_LOCAL and STORE_NAME (<paramref name="store"/>): into the first bound candidate; LOAD_BINDING: its value.
    /// An error for a constant or when none is bound (6.2).
    /// </summary>
    private void EmitAssignableSearch(int i, bool store)
    {
        var ins = _plan.Instructions[i];
        var h = _plan.Heights[i];
        var name = ins.Operands[0];
        var done = _il.DefineLabel();
        var recorded = false;
        foreach (var c in _names[name].Candidates)
        {
            var unbound = _il.DefineLabel();
            if (_locals.IsLocal(c))
            {
                var local = _slotLocals[c.Slot]!;
                var bound = _locals.IsBoundAt(i, c);
                if (!bound)
                {
                    _il.Emit(OpCodes.Ldloc, local);
                    _il.Emit(OpCodes.Ldfld, KindField);
                    _il.Emit(OpCodes.Brfalse, unbound);
                }

                if (store)
                {
                    Ld(h - 1);
                    _il.Emit(OpCodes.Stloc, local);
                }
                else
                {
                    _il.Emit(OpCodes.Ldloc, local);
                    St(h);
                }

                if (bound)
                {
                    _il.MarkLabel(unbound);
                    _il.MarkLabel(done);
                    return;
                }
            }
            else
            {
                RecordOnce(ins.Offset, ref recorded);
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Ldc_I4, name);
                EmitOuterCandidate(c);
                if (store)
                {
                    Ld(h - 1);
                    _il.Emit(OpCodes.Call, LocalHelper(nameof(JitLocalHelpers.TryAssign)));
                    _il.Emit(OpCodes.Brfalse, unbound);
                }
                else
                {
                    _il.Emit(OpCodes.Ldloca, _product);
                    _il.Emit(OpCodes.Call, LocalHelper(nameof(JitLocalHelpers.TryLoadBinding)));
                    _il.Emit(OpCodes.Brfalse, unbound);
                    _il.Emit(OpCodes.Ldloc, _product);
                    St(h);
                }
            }

            _il.Emit(OpCodes.Br, done);
            _il.MarkLabel(unbound);
        }

        RecordOnce(ins.Offset, ref recorded);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldc_I4, name);
        _il.Emit(OpCodes.Call, LocalHelper(nameof(JitLocalHelpers.NotFound)));
        _il.MarkLabel(done);
    }

    /// <summary>DECLARE, DECLARE_CONST and STORE_FUNC of a slot in an IL local (never a constant): one store.</summary>
    private bool TryEmitDeclareLocal(int slot, int h)
    {
        if (slot >= _slotLocals.Length || _slotLocals[slot] is not { } local)
        {
            return false;
        }

        Ld(h - 1);
        _il.Emit(OpCodes.Stloc, local);
        return true;
    }

    /// <summary>Records the position before the first step that can fail.</summary>
    private void RecordOnce(int offset, ref bool recorded)
    {
        if (!recorded)
        {
            StoreIp(offset);
            recorded = true;
        }
    }

    /// <summary>The name and slot opcodes this file translates when the function keeps locals.</summary>
    private bool TryEmitLocalsInstruction(int i)
    {
        if (!_locals.Any)
        {
            return false;
        }

        var ins = _plan.Instructions[i];
        switch (ins.Opcode)
        {
            case LOAD_LOCAL:
            case LOAD_NAME:
                EmitLoadLocalName(i);
                return true;
            case STORE_LOCAL:
            case STORE_NAME:
            case LOAD_BINDING:
                EmitAssignableSearch(i, store: ins.Opcode != LOAD_BINDING);
                return true;
            case DECLARE:
            case DECLARE_CONST:
            case STORE_FUNC:
                return TryEmitDeclareLocal(ins.Operands[0], _plan.Heights[i]);
            default:
                return false;
        }
    }
}
