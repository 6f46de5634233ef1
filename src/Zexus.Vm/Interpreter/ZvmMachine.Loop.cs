using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Zexus.Vm.Isa;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Interpreter;

/// <summary>The stack interpreter's dispatch loop.</summary>
public sealed partial class ZvmMachine
{
    /// <summary><see cref="Loop"/> stopped because the step limit (<see cref="ZvmOptions.MaxSteps"/>) is exceeded.</summary>
    private const int StepLimitHit = 256;

    /// <summary><see cref="Loop"/> stopped because the instruction's static gas exceeds the gas left.</summary>
    private const int OutOfGasHit = 257;

    /// <summary>
    /// The dispatch loop: runs the hot opcodes inline while their operands take the fast path, and returns the opcode
    /// of the first instruction it does not run itself — charged, with <see cref="Frame.Ip"/> at it, <see cref="Frame.Pc"/>
    /// after its opcode byte and <see cref="Frame.Sp"/>, gas and steps written back — for <see cref="Interpret"/> to finish
    /// (returns, calls, <see cref="Slow"/>), or <see cref="StepLimitHit"/> / <see cref="OutOfGasHit"/>.
    /// PERF (bench: zexus bench, every interpreter row): the loop makes no calls (only the write-barrier helper), so
    /// RyuJIT keeps pc, sp, gas and the step budget in registers instead of spilling them around every call site;
    /// gas and steps are locals written back only when the loop stops, instead of read, written and checked through
    /// fields on every instruction; operands are read without bounds checks; operand-stack values are tested in place
    /// rather than copied; small-integer arithmetic and comparisons, local and name loads, local stores and branches
    /// run inline.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Loop(ref Frame fr)
    {
        var stack = _stack;
        var env = fr.Env;
        var sp = fr.Sp;
        var pc = fr.Pc;
        var gas = _gas;
        var stepsLeft = _maxSteps - _instructions;

        // SAFETY: the verifier decoded every instruction of this function, so each opcode and operand byte read at
        // pc lies inside the code (of which Dispatch is a copy of the same length), and no path falls off its end.
        ref var ops = ref MemoryMarshal.GetArrayDataReference(fr.Dispatch);
        int stop;
        while (true)
        {
            // Every exit below leaves pc just after the opcode byte: no case advances it before it may stop.
            var op = Unsafe.Add(ref ops, pc++);
            if (--stepsLeft < 0)
            {
                stop = StepLimitHit;
                goto Exit;
            }

            if ((gas -= SuperInstructions.Gas[op]) < 0)
            {
                stop = OutOfGasHit;
                goto Exit;
            }

            switch ((ZvmOpcode)op)
            {
                case LOAD_CONST:
                    stack[sp++] = _constants[Op16(ref ops, pc)];
                    pc += 2;
                    break;
                case LOAD_LOCAL:
                    {
                        ref readonly var v = ref env.Slots[Op16(ref ops, pc + 2)];
                        if (v.IsUndefined)
                        {
                            goto Stop;
                        }

                        stack[sp++] = v;
                        pc += 4;
                        break;
                    }

                case STORE_LOCAL:
                    {
                        var k = Op16(ref ops, pc + 2);
                        var slots = env.Slots;
                        if ((uint)k >= (uint)slots.Length || slots[k].IsUndefined || env.IsConstant(k))
                        {
                            goto Stop;
                        }

                        slots[k] = stack[--sp];
                        pc += 4;
                        break;
                    }

                case DECLARE:
                    {
                        // Re-declaring a non-constant slot is a plain store (Scope.Declare).
                        var k = Op16(ref ops, pc);
                        var slots = env.Slots;
                        if ((uint)k >= (uint)slots.Length || env.IsConstant(k))
                        {
                            goto Stop;
                        }

                        slots[k] = stack[--sp];
                        pc += 2;
                        break;
                    }

                case LOAD_NAME:
                    {
                        // LoadedName.Find, inline: the nearest bound candidate, else the built-in, else Slow reports it.
                        var name = fr.Function.Names[Op16(ref ops, pc)];
                        var hops = name.Hops;
                        var candidates = name.Slots;
                        Scope? s = env;
                        var walked = 0;
                        var found = false;
                        for (var i = 0; i < hops.Length && s is not null && !found; i++)
                        {
                            for (; walked < hops[i] && s is not null; walked++)
                            {
                                s = s.Parent;
                            }

                            if (s is not null && (uint)candidates[i] < (uint)s.Slots.Length && !s.Slots[candidates[i]].IsUndefined)
                            {
                                stack[sp++] = s.Slots[candidates[i]];
                                found = true;
                            }
                        }

                        if (!found)
                        {
                            if (name.Builtin is not { } builtin)
                            {
                                goto Stop;
                            }

                            stack[sp++] = Value.FromObject(builtin);
                        }

                        pc += 2;
                        break;
                    }

                case POP:
                    sp--;
                    break;
                case DUP:
                    stack[sp] = stack[sp - 1];
                    sp++;
                    break;
                case ADD:
                case SUB:
                case MUL:
                case MOD:
                    {
                        ref readonly Value a = ref stack[sp - 2], b = ref stack[sp - 1];
                        if (!a.IsSmallInt || !b.IsSmallInt || !SuperInstructions.TryArith(op, a.SmallInt, b.SmallInt, out var r))
                        {
                            goto Stop;
                        }

                        stack[--sp - 1] = Value.FromInt(r);
                        break;
                    }

                case EQ:
                case NEQ:
                case LT:
                case GT:
                case LTE:
                case GTE:
                    {
                        ref readonly Value a = ref stack[sp - 2], b = ref stack[sp - 1];
                        if (!a.IsSmallInt || !b.IsSmallInt)
                        {
                            goto Stop;
                        }

                        stack[--sp - 1] = Value.FromBool(SuperInstructions.Compare(op, a.SmallInt, b.SmallInt));
                        break;
                    }

                case NOT:
                    stack[sp - 1] = Value.FromBool(!stack[sp - 1].IsTruthy);
                    break;
                case JUMP:
                    pc = Op32(ref ops, pc);
                    break;
                case JUMP_IF_FALSE:
                    pc = stack[--sp].IsTruthy ? pc + 4 : Op32(ref ops, pc);
                    break;
                case JUMP_IF_TRUE:
                    pc = stack[--sp].IsTruthy ? Op32(ref ops, pc) : pc + 4;
                    break;
                case JUMP_IF_NOT_NULL:
                    if (stack[sp - 1].IsNull)
                    {
                        sp--;
                        pc += 4;
                    }
                    else
                    {
                        pc = Op32(ref ops, pc);
                    }

                    break;
                case INDEX:
                    {
                        ref readonly Value t = ref stack[sp - 2], i = ref stack[sp - 1];
                        if (t.Kind != ValueKind.List || !i.IsSmallInt)
                        {
                            goto Stop;
                        }

                        var items = t.AsList.Items;
                        var k = i.SmallInt;
                        stack[--sp - 1] = k >= 0 && k < items.Count ? items[(int)k] : Value.Null;
                        break;
                    }

                case (ZvmOpcode)SuperInstructions.LocalConstArith:
                    {
                        // LOAD_LOCAL a; LOAD_CONST k; op (at pc + 7).
                        var arith = Unsafe.Add(ref ops, pc + 7);
                        var rest = SuperInstructions.Gas[(byte)LOAD_CONST] + SuperInstructions.Gas[arith];
                        if (stepsLeft < 2 || gas < rest
                            || !SuperInstructions.TryLocalConst(env.Slots, Op16(ref ops, pc + 2), _constants[Op16(ref ops, pc + 5)], arith, out var r))
                        {
                            goto case LOAD_LOCAL;
                        }

                        stack[sp++] = Value.FromInt(r);
                        stepsLeft -= 2;
                        gas -= rest;
                        pc += 8;
                        break;
                    }

                case (ZvmOpcode)SuperInstructions.LocalConstArithStore:
                    {
                        // LOAD_LOCAL a; LOAD_CONST k; op (at pc + 7); STORE_LOCAL b (slot at pc + 11).
                        var slots = env.Slots;
                        var arith = Unsafe.Add(ref ops, pc + 7);
                        var kb = Op16(ref ops, pc + 11);
                        var rest = SuperInstructions.Gas[(byte)LOAD_CONST] + SuperInstructions.Gas[arith] + SuperInstructions.Gas[(byte)STORE_LOCAL];
                        if (stepsLeft < 3 || gas < rest || (uint)kb >= (uint)slots.Length || slots[kb].IsUndefined || env.IsConstant(kb)
                            || !SuperInstructions.TryLocalConst(slots, Op16(ref ops, pc + 2), _constants[Op16(ref ops, pc + 5)], arith, out var r))
                        {
                            goto case LOAD_LOCAL;
                        }

                        slots[kb] = Value.FromInt(r);
                        stepsLeft -= 3;
                        gas -= rest;
                        pc += 13;
                        break;
                    }

                case (ZvmOpcode)SuperInstructions.LocalLocalCompareBranch:
                    {
                        // LOAD_LOCAL a; LOAD_LOCAL b (slot at pc + 7); compare (at pc + 9); JUMP_IF_FALSE (target at pc + 11).
                        var slots = env.Slots;
                        var ka = Op16(ref ops, pc + 2);
                        var kb = Op16(ref ops, pc + 7);
                        var cmp = Unsafe.Add(ref ops, pc + 9);
                        var rest = SuperInstructions.Gas[(byte)LOAD_LOCAL] + SuperInstructions.Gas[cmp] + SuperInstructions.Gas[(byte)JUMP_IF_FALSE];
                        if (stepsLeft < 3 || gas < rest || (uint)ka >= (uint)slots.Length || (uint)kb >= (uint)slots.Length)
                        {
                            goto case LOAD_LOCAL;
                        }

                        ref readonly var a = ref slots[ka];
                        ref readonly var b = ref slots[kb];
                        if (!a.IsSmallInt || !b.IsSmallInt)
                        {
                            goto case LOAD_LOCAL;
                        }

                        stepsLeft -= 3;
                        gas -= rest;
                        pc = SuperInstructions.Compare(cmp, a.SmallInt, b.SmallInt) ? pc + 15 : Op32(ref ops, pc + 11);
                        break;
                    }

                case (ZvmOpcode)SuperInstructions.LocalConstCompareBranch:
                    {
                        // LOAD_LOCAL a; LOAD_CONST k (at pc + 5); compare (at pc + 7); JUMP_IF_FALSE (target at pc + 9).
                        var slots = env.Slots;
                        var ka = Op16(ref ops, pc + 2);
                        var cmp = Unsafe.Add(ref ops, pc + 7);
                        var rest = SuperInstructions.Gas[(byte)LOAD_CONST] + SuperInstructions.Gas[cmp] + SuperInstructions.Gas[(byte)JUMP_IF_FALSE];
                        if (stepsLeft < 3 || gas < rest || (uint)ka >= (uint)slots.Length)
                        {
                            goto case LOAD_LOCAL;
                        }

                        ref readonly var a = ref slots[ka];
                        ref readonly var k = ref _constants[Op16(ref ops, pc + 5)];
                        if (!a.IsSmallInt || !k.IsSmallInt)
                        {
                            goto case LOAD_LOCAL;
                        }

                        stepsLeft -= 3;
                        gas -= rest;
                        pc = SuperInstructions.Compare(cmp, a.SmallInt, k.SmallInt) ? pc + 13 : Op32(ref ops, pc + 9);
                        break;
                    }

                default:
                    goto Stop;
            }
        }

    Stop:
        stop = fr.Function.Code[pc - 1];
    Exit:
        fr.Ip = pc - 1;
        fr.Pc = pc;
        fr.Sp = sp;
        _gas = gas;
        _instructions = _maxSteps - stepsLeft;
        return stop;
    }

    /// <summary>A 16-bit little-endian operand at <paramref name="pc"/>, read without bounds checks (see <see cref="Loop"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Op16(ref byte code, int pc) => Unsafe.Add(ref code, pc) | (Unsafe.Add(ref code, pc + 1) << 8);

    /// <summary>A 32-bit little-endian operand at <paramref name="pc"/>, read without bounds checks (see <see cref="Loop"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Op32(ref byte code, int pc) =>
        Unsafe.Add(ref code, pc) | (Unsafe.Add(ref code, pc + 1) << 8) | (Unsafe.Add(ref code, pc + 2) << 16) | (Unsafe.Add(ref code, pc + 3) << 24);

}
