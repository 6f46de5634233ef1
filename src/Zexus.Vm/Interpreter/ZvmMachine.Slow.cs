using System.Runtime.ExceptionServices;
using Zexus.Primitives;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Interpreter;

/// <summary>The stack interpreter's handlers outside its dispatch loop.</summary>
public sealed partial class ZvmMachine
{
    /// <summary>
    /// Every opcode outside the hot set of <see cref="Loop"/>, and the general case of the hot opcodes whose fast path
    /// did not apply. PERF (bench: zexus bench, interpreter rows): kept out of the dispatch loop so that the loop's few
    /// locals stay in registers. Reads operands at <see cref="Frame.Pc"/>, leaves it after the instruction, and returns
    /// the new stack height; gas, steps and <see cref="Frame.Ip"/> are in their fields.
    /// </summary>
    private int Slow(ref Frame fr, byte op, int sp)
    {
        var f = fr.Function;
        var code = f.Code;
        var names = f.Names;
        var env = fr.Env;
        var stack = _stack;
        var pc = fr.Pc;
        switch ((ZvmOpcode)op)
        {
            case LOAD_LOCAL:
                stack[sp++] = env.Slots[U16(code, pc + 2)] is { IsUndefined: false } bound ? bound : LoadName(names[U16(code, pc)], env);
                pc += 4;
                break;
            case STORE_LOCAL:
                {
                    var k = U16(code, pc + 2);
                    if (env.Slots[k].IsUndefined || env.IsConstant(k))
                    {
                        var s = FindAssignable(names[U16(code, pc)], env, out var slot);
                        s.Slots[slot] = stack[--sp];
                    }
                    else
                    {
                        env.Slots[k] = stack[--sp];
                    }

                    pc += 4;
                    break;
                }

            case LOAD_NAME:
                stack[sp++] = LoadName(names[U16(code, pc)], env);
                pc += 2;
                break;
            case EQ:
            case NEQ:
                stack[sp - 2] = Value.FromBool(Operators.Equal(stack[sp - 2], stack[sp - 1]) == (op == (byte)EQ));
                sp--;
                break;
            case LT:
            case GT:
            case LTE:
            case GTE:
                stack[sp - 2] = Value.FromBool(Operators.Compare((CompareOp)(op - (byte)LT), stack[sp - 2], stack[sp - 1]));
                sp--;
                break;
            case ADD:
            case SUB:
            case DIV:
            case MOD:
            case INDEX:
                stack[sp - 2] = Binary(op, stack[sp - 2], stack[sp - 1]);
                sp--;
                break;
            case STORE_NAME:
                {
                    var name = names[U16(code, pc)];
                    pc += 2;
                    var s = FindAssignable(name, env, out var slot);
                    s.Slots[slot] = stack[--sp];
                    break;
                }

            case STORE_FUNC:
            case DECLARE:
            case DECLARE_CONST:
                {
                    var slot = U16(code, pc);
                    pc += 2;
                    env.EnsureSize(slot + 1);
                    env.Declare(slot, stack[--sp], op == (byte)DECLARE_CONST);
                    break;
                }

            case MUL:
                stack[sp - 2] = Operators.Mul(stack[sp - 2], stack[sp - 1]);
                sp--;
                ChargeForResult(stack[sp - 1]);
                break;
            case CALL_METHOD:
                {
                    var name = StringConstant(U16(code, pc));
                    var argc = code[pc + 2];
                    pc += 3;
                    var at = sp - argc - 1;
                    _sp = sp;
                    var result = CallMethod(stack[at], name, new ReadOnlySpan<Value>(stack, at + 1, argc));
                    stack = _stack;
                    sp = at;
                    stack[sp++] = result;
                    break;
                }

            case GET_ATTR:
                stack[sp - 1] = MemberAccess.GetMember(this, stack[sp - 1], StringConstant(U16(code, pc)));
                pc += 2;
                break;
            case STORE_INDEX:
                MemberAccess.SetIndex(stack[sp - 3], stack[sp - 2], stack[sp - 1]);
                sp -= 3;
                break;
            case GET_ITER:
                stack[sp - 1] = Value.FromObject(new VmIterator(stack[sp - 1]));
                break;
            case FOR_ITER:
                {
                    var target = U32(code, pc);
                    var mode = code[pc + 4];
                    pc += 5;
                    var it = stack[sp - 1].Reference as VmIterator ?? throw new ZexusError("invalid bytecode: FOR_ITER without an iterator");
                    if (it.Next(out var first, out var second))
                    {
                        if (mode == 2)
                        {
                            stack[sp++] = first;
                            stack[sp++] = second;
                        }
                        else
                        {
                            stack[sp++] = it.IsList ? second : first;
                        }
                    }
                    else
                    {
                        sp--;
                        pc = target;
                    }

                    break;
                }

            default:
                return Rare(ref fr, op, sp);
        }

        fr.Pc = pc;
        return sp;
    }

    /// <summary>The opcodes <see cref="Slow"/> leaves out: rare ones, with bodies too large to share its frame.</summary>
    private int Rare(ref Frame fr, byte op, int sp)
    {
        var f = fr.Function;
        var code = f.Code;
        var names = f.Names;
        var env = fr.Env;
        var stack = _stack;
        var pc = fr.Pc;
        switch ((ZvmOpcode)op)
        {
            case CALL_TOP:
            case SPAWN_CALL:
                {
                    var argc = code[pc++];
                    var at = sp - argc - 1;
                    _sp = sp;
                    var result = CallAt(stack[at], at + 1, argc);
                    stack = _stack;
                    sp = at;
                    stack[sp++] = result;
                    break;
                }

            case LOAD_BINDING:
                {
                    var name = names[U16(code, pc)];
                    pc += 2;
                    var s = FindAssignable(name, env, out var slot);
                    stack[sp++] = s.Slots[slot];
                    break;
                }

            case DUP2:
                stack[sp] = stack[sp - 2];
                stack[sp + 1] = stack[sp - 1];
                sp += 2;
                break;
            case NEG:
                stack[sp - 1] = stack[sp - 1] is { IsSmallInt: true } neg && neg.SmallInt != long.MinValue ? Value.FromInt(-neg.SmallInt) : Operators.Negate(stack[sp - 1]);
                break;
            case AND:
                stack[sp - 2] = Value.FromBool(stack[sp - 2].IsTruthy & stack[sp - 1].IsTruthy);
                sp--;
                break;
            case OR:
                stack[sp - 2] = Value.FromBool(stack[sp - 2].IsTruthy | stack[sp - 1].IsTruthy);
                sp--;
                break;
            case CALL_NAME:
                {
                    var callee = LoadName(names[U16(code, pc)], env);
                    var argc = code[pc + 2];
                    pc += 3;
                    _sp = sp;
                    var result = CallAt(callee, sp - argc, argc);
                    stack = _stack;
                    sp -= argc;
                    stack[sp++] = result;
                    break;
                }

            case MAKE_CLOSURE:
                stack[sp++] = Value.FromObject(new VmClosure(_functions[U16(code, pc)], env));
                pc += 2;
                break;
            case STORE_ATTR:
                MemberAccess.SetMember(this, stack[sp - 2], StringConstant(U16(code, pc)), stack[sp - 1]);
                pc += 2;
                sp -= 2;
                break;
            case POW:
                stack[sp - 2] = Operators.Pow(stack[sp - 2], stack[sp - 1]);
                sp--;
                ChargeForResult(stack[sp - 1]);
                break;
            case CALL_FUNC_CONST:
                {
                    var callee = Value.FromObject(new VmClosure(_functions[U16(code, pc)], env));
                    var argc = code[pc + 2];
                    pc += 3;
                    _sp = sp;
                    var result = CallAt(callee, sp - argc, argc);
                    stack = _stack;
                    sp -= argc;
                    stack[sp++] = result;
                    break;
                }

            case CALL_BUILTIN:
                {
                    var b = U16(code, pc);
                    var argc = code[pc + 2];
                    pc += 3;
                    _sp = sp;
                    var builtin = b < _builtins.Length ? _builtins[b] : throw new ZexusError($"invalid bytecode: built-in {b}");
                    var result = builtin.Invoke(this, new ReadOnlySpan<Value>(stack, sp - argc, argc));
                    stack = _stack;
                    sp -= argc;
                    stack[sp++] = result;
                    break;
                }

            case BUILD_LIST:
                {
                    var n = U16(code, pc);
                    pc += 2;
                    Charge(n);
                    var items = new List<Value>(n);
                    for (var i = sp - n; i < sp; i++)
                    {
                        items.Add(stack[i]);
                    }

                    sp -= n;
                    stack[sp++] = Value.FromObject(new ZList(items));
                    break;
                }

            case BUILD_MAP:
                {
                    var n = U16(code, pc);
                    pc += 2;
                    Charge(2L * n);
                    var map = new ZMap(n);
                    for (var i = sp - (2 * n); i < sp; i += 2)
                    {
                        var key = stack[i];
                        map.Set(key.Kind == ValueKind.String ? key.AsString : throw new ZexusError("Map key must be a string, got " + key.Tag), stack[i + 1]);
                    }

                    sp -= 2 * n;
                    stack[sp++] = Value.FromObject(map);
                    break;
                }

            case BUILD_SET:
                {
                    var n = U16(code, pc);
                    pc += 2;
                    Charge((long)n * n);
                    var items = new List<Value>(n);
                    for (var i = sp - n; i < sp; i++)
                    {
                        if (!ContainsEqual(items, stack[i]))
                        {
                            items.Add(stack[i]);
                        }
                    }

                    sp -= n;
                    stack[sp++] = Value.FromObject(new ZList(items));
                    break;
                }

            case SLICE:
                {
                    _sp = sp;
                    BuiltinRegistry.TryGet("slice", out var slice);
                    var end = stack[sp - 1];
                    var result = end.IsNull
                        ? slice.Invoke(this, new ReadOnlySpan<Value>(stack, sp - 3, 2))
                        : slice.Invoke(this, new ReadOnlySpan<Value>(stack, sp - 3, 3));
                    sp -= 3;
                    stack[sp++] = result;
                    break;
                }

            case INTERPOLATE:
                {
                    var n = U16(code, pc);
                    pc += 2;
                    var sb = new System.Text.StringBuilder();
                    for (var i = sp - n; i < sp; i++)
                    {
                        var v = stack[i];
                        if (v.Kind == ValueKind.String)
                        {
                            sb.Append(v.AsString);
                        }
                        else
                        {
                            TextForm.Append(sb, v);
                        }
                    }

                    Charge(Words(sb.Length));
                    sp -= n;
                    stack[sp++] = Value.FromString(sb.ToString());
                    break;
                }

            case SPAWN:
                {
                    _sp = sp;
                    var result = Call(stack[sp - 1], []);
                    stack = _stack;
                    stack[sp - 1] = result;
                    break;
                }

            case AWAIT:
            case NOP:
                break;
            case REGISTER_EVENT:
                pc += 2;
                break;
            case EMIT_EVENT:
                {
                    var name = StringConstant(U16(code, pc));
                    var argc = code[pc + 2];
                    pc += 3;
                    Charge(8L * argc);
                    Emit(name, new ReadOnlySpan<Value>(stack, sp - argc, argc));
                    sp -= argc;
                    break;
                }

            case DEFINE_ENTITY:
                {
                    var e = Descriptor<EntityConstant>(U16(code, pc));
                    var slot = U16(code, pc + 2);
                    pc += 4;
                    var type = new ZEntityType(e.Name, [.. e.Fields.Select(x => new EntityField(x.Name, x.TypeAnnotation, x.DefaultFunction >= 0))])
                    {
                        EngineData = (env, e.Fields.Select(x => x.DefaultFunction).ToArray()),
                    };
                    env.EnsureSize(slot + 1);
                    env.Declare(slot, Value.FromObject(type), false);
                    break;
                }

            case DEFINE_CONTRACT:
                {
                    var k = U16(code, pc);
                    var slot = U16(code, pc + 2);
                    pc += 4;
                    _sp = sp;
                    DefineContract(k, env, slot);
                    stack = _stack;
                    break;
                }

            case USE_MODULE:
                {
                    var m = U16(code, pc);
                    var k = U16(code, pc + 2);
                    pc += 4;
                    _sp = sp;
                    UseModule(f, m, Descriptor<UseConstant>(k));
                    stack = _stack;
                    break;
                }

            case EXPORT_NAME:
                {
                    var name = StringConstant(U16(code, pc));
                    pc += 2;
                    ExportName(f, name);
                    break;
                }

            case STATE_READ:
                {
                    var name = StringConstant(U16(code, pc));
                    pc += 2;
                    stack[sp++] = StateRead(name);
                    break;
                }

            case STATE_WRITE:
                {
                    var name = StringConstant(U16(code, pc));
                    pc += 2;
                    StateWrite(name, stack[--sp]);
                    break;
                }

            case HASH_BLOCK:
                {
                    var encoded = CanonicalEncoding.Encode(stack[sp - 1]);
                    Charge(6 * Words(encoded.Length));
                    stack[sp - 1] = Value.FromString(Hex.ToHex(System.Security.Cryptography.SHA256.HashData(encoded)));
                    break;
                }

            case MERKLE_ROOT:
                {
                    var n = U16(code, pc);
                    pc += 2;
                    Charge(60L * n);
                    var root = MerkleTree.RootOfValues(new ArraySegment<Value>(stack, sp - n, n));
                    sp -= n;
                    stack[sp++] = Value.FromString(root);
                    break;
                }

            case VERIFY_SIGNATURE:
                {
                    Value data = stack[sp - 3], sig = stack[sp - 2], key = stack[sp - 1];
                    Charge(6 * Words(data.Kind == ValueKind.String ? System.Text.Encoding.UTF8.GetByteCount(data.AsString) : TextForm.Of(data).Length));
                    var ok = sig.Kind == ValueKind.String && key.Kind == ValueKind.String && SignatureVerification.Verify(data, sig.AsString, key.AsString);
                    sp -= 3;
                    stack[sp++] = Value.FromBool(ok);
                    break;
                }

            case LEDGER_APPEND:
                {
                    var name = StringConstant(U16(code, pc));
                    pc += 2;
                    var data = stack[sp - 1];
                    Charge(6 * Words(CanonicalEncoding.Encode(data).Length));
                    stack[sp - 1] = LedgerNamed(name).Append(data, Timestamp).ToValue();
                    break;
                }

            case TX_BEGIN:
                BeginTransaction();
                break;
            case TX_COMMIT:
                CommitTransaction();
                break;
            case TX_REVERT:
                RevertTransaction();
                break;
            case GAS_CHARGE:
                Charge((uint)U32(code, pc));
                pc += 4;
                break;
            case REQUIRE:
                {
                    var argc = code[pc++];
                    BuiltinRegistry.TryGet("require", out var require);
                    require.Invoke(this, new ReadOnlySpan<Value>(stack, sp - argc, argc));
                    sp -= argc;
                    break;
                }

            case SETUP_TRY:
            case SETUP_FINALLY:
                (fr.Handlers ??= []).Add(new Handler(U32(code, pc), sp - fr.Bp, op == (byte)SETUP_FINALLY));
                pc += 4;
                break;
            case POP_TRY:
                if (fr.Handlers is not { Count: > 0 })
                {
                    throw new ZexusError("invalid bytecode: POP_TRY without a handler");
                }

                fr.Handlers.RemoveAt(fr.Handlers.Count - 1);
                break;
            case THROW:
                {
                    var v = stack[--sp];
                    throw new ZexusError(v.Kind == ValueKind.String ? v.AsString : TextForm.Of(v));
                }

            case RERAISE:
                {
                    if (fr.Pending is not { Count: > 0 })
                    {
                        throw new ZexusError("invalid bytecode: RERAISE without a pending error");
                    }

                    var e = fr.Pending[^1];
                    fr.Pending.RemoveAt(fr.Pending.Count - 1);
                    ExceptionDispatchInfo.Throw(e);
                    break;
                }

            case DROP_PENDING:
                if (fr.Pending is { Count: > 0 })
                {
                    fr.Pending.RemoveAt(fr.Pending.Count - 1);
                }

                break;
            case MATCH_LITERAL:
                {
                    var literal = _constants[U16(code, pc)];
                    var v = stack[sp - 1];
                    pc = literal.Kind == v.Kind && Operators.Equal(literal, v) ? pc + 6 : U32(code, pc + 2);
                    break;
                }

            case MATCH_FAIL:
                throw new ZexusError("Match expression: no pattern matched");
            case PRINT:
                {
                    var n = U16(code, pc);
                    pc += 2;
                    var line = PrintLine(new ReadOnlySpan<Value>(stack, sp - n, n));
                    Charge(Words(line.Length));
                    _out.Write(line);
                    sp -= n;
                    break;
                }

            case PRINT_IF:
                pc = IsPrintTrue(stack[--sp]) ? pc + 4 : U32(code, pc);
                break;
            default:
                throw new ZexusError($"{(ZvmOpcode)op} is not supported by the stack interpreter yet");
        }

        fr.Pc = pc;
        return sp;
    }

    /// <summary>
    /// True when <paramref name="items"/> holds a value <c>==</c> to <paramref name="v"/>. PERF (bench: zexus bench,
    /// interpreter rows): a loop instead of a lambda, whose captured stack made every call of the handler allocate.
    /// </summary>
    private static bool ContainsEqual(List<Value> items, Value v)
    {
        foreach (var x in items)
        {
            if (Operators.Equal(x, v))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The general case of ADD, SUB, DIV, MOD or INDEX (<paramref name="op"/>).</summary>
    private static Value Binary(byte op, Value a, Value b) => (ZvmOpcode)op switch
    {
        ADD => Operators.Add(a, b),
        SUB => Operators.Sub(a, b),
        DIV => Operators.Div(a, b),
        MOD => Operators.Mod(a, b),
        _ => MemberAccess.GetIndex(a, b),
    };
}
