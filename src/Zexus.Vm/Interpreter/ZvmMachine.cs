using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Zexus.Primitives;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;
using Zexus.Vm.Jit;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Interpreter;

/// <summary>
/// The ZVM stack interpreter (tier 1). Executes a verified container: one C# call per Zexus call, an
/// operand stack shared by all frames, handlers per frame, static gas per instruction from the opcode
/// table. Language semantics shared with the evaluator come from <see cref="EngineBase"/>.
/// </summary>
public sealed class ZvmMachine : EngineBase
{
    internal readonly Value[] _constants;
    private readonly Constant[] _descriptors;
    private readonly LoadedFunction[] _functions;
    private readonly VmModuleState[] _modules;
    private readonly TextWriter _out;
    private readonly long[] _gasCost = new long[256];
    private readonly long _gasLimit;
    internal readonly long _maxSteps;
    private readonly ZBuiltin[] _builtins;
    private readonly Dictionary<int, IReadOnlyDictionary<string, ZFunction>> _contractActions = [];
    internal Value[] _stack = new Value[4096];
    internal int _sp;
    internal int _depth;

    /// <summary>Call scopes of functions that never capture theirs, reused by call depth (see <see cref="JitCalls"/>).</summary>
    internal Scope?[] _scopePool = new Scope?[16];
    internal long _gas;
    internal long _instructions;
    private readonly bool _useJit;

    /// <summary>Prepares a container for execution; it is verified first (throws <see cref="VerificationException"/>).</summary>
    public ZvmMachine(ZvmProgram program, ZvmOptions options) : base(options.Timestamp, options.BlockHash, options.Host)
    {
        ZvmVerifier.Verify(program, BuiltinCount);
        Program = program;
        _out = options.Output;
        _gasLimit = options.GasLimit <= 0 ? long.MaxValue : options.GasLimit;
        _gas = _gasLimit;
        _maxSteps = options.MaxSteps <= 0 ? long.MaxValue : options.MaxSteps;
        _useJit = options.UseJit;
        foreach (var info in OpcodeTable.All)
        {
            _gasCost[(byte)info.Opcode] = info.Gas;
        }

        _descriptors = [.. program.Constants];
        _constants = [.. program.Constants.Select(ToValue)];
        _functions = [.. program.Functions.Select(p => new LoadedFunction(p, p.Module < program.Modules.Count ? program.Modules[p.Module].File : "<bytecode>"))];
        _modules = [.. program.Modules.Select(m => new VmModuleState(m))];
        _builtins = [.. BuiltinRegistry.Names.Order(StringComparer.Ordinal).Select(n => BuiltinRegistry.TryGet(n, out var b) ? b : throw new InvalidOperationException(n))];
    }

    public ZvmProgram Program { get; }

    /// <summary>Instructions executed so far.</summary>
    public long Instructions => _instructions;

    /// <summary>What the IL JIT tier did with this program's functions (empty when the JIT is off).</summary>
    public JitStatistics Jit { get; } = new();

    public long GasUsed => _gasLimit == long.MaxValue ? long.MaxValue - _gas : _gasLimit - _gas;

    /// <summary>The number of built-ins addressable by CALL_BUILTIN (for the verifier).</summary>
    public static int BuiltinCount => BuiltinRegistry.Names.Count;

    private static Value ToValue(Constant c) => c switch
    {
        NullConstant => Value.Null,
        BooleanConstant b => Value.FromBool(b.Value),
        IntegerConstant i => Value.FromInt(i.Value),
        FloatConstant f => Value.FromFloat(f.Value),
        StringConstant s => Value.FromString(s.Value),
        _ => default,
    };

    /// <summary>Reads a global binding of the main module (embedding, benchmarks).</summary>
    public bool TryGetGlobal(string name, out Value value) => _modules[0].TryGetBound(name, out value);

    /// <summary>Runs the main module's top level.</summary>
    public void RunMain()
    {
        var main = _modules[0];
        main.Loading = true;
        try
        {
            Run(_functions[main.Unit.TopLevel], main.Global);
        }
        catch (OutOfGasException)
        {
            // Nothing half-written is kept: explicit transactions still open are reverted (actions already rolled back).
            RevertOpenTransactions();
            throw;
        }
        finally
        {
            main.Loading = false;
        }
    }

    public override Value Call(Value callee, ReadOnlySpan<Value> args)
    {
        if (callee.Kind == ValueKind.Function && callee.RawObject is VmClosure c)
        {
            var proto = c.Function.Proto;
            var slots = new Value[proto.SlotCount];
            BindParameters(proto, slots, args);
            return Invoke(c.Function, new Scope(c.Captured, slots));
        }

        return CallOther(callee, args);
    }

    private static void BindParameters(FunctionProto proto, Value[] slots, ReadOnlySpan<Value> args)
    {
        var ps = proto.ParamSlots;
        for (var i = 0; i < ps.Length; i++)
        {
            slots[ps[i]] = i < args.Length ? args[i] : Value.Null;
        }
    }

    protected override Value InvokeAction(ZContract instance, ZFunction action, string sender, ReadOnlySpan<Value> args)
    {
        var f = ((VmAction)action).Function;
        if (_useJit && (f.Jit ?? JitCompile(f)).Code is { PooledScope: true } code)
        {
            return JitCalls.InvokeAction(this, code, instance, code.ReadsMsg ? NewMsg(sender) : Value.Null, args);
        }

        var slots = new Value[Math.Max(f.Proto.SlotCount, 2)];
        slots[0] = Value.FromObject(instance);
        slots[1] = NewMsg(sender);
        BindParameters(f.Proto, slots, args);
        return Invoke(f, new Scope(instance.StateScope, slots));
    }

    protected override Value EvaluateDefault(ZEntityType type, int field)
    {
        var (scope, defaults) = ((Scope, int[]))type.EngineData!;
        return Run(_functions[defaults[field]], scope);
    }

    /// <summary>Runs a function body in a new call scope, counting the call depth (5.11).</summary>
    internal Value Invoke(LoadedFunction f, Scope scope)
    {
        if (_depth >= MaxCallDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ZexusError("Maximum recursion depth exceeded");
        }

        _depth++;
        try
        {
            // PERF (bench: zexus bench, fib jit row): compiled code is entered here, one call level less than through Run.
            return _useJit && (f.Jit ?? JitCompile(f)).Code is { } jitted ? jitted.Invoke(this, scope) : Run(f, scope);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Charges dynamic gas (docs/gas.md).</summary>
    private void Charge(long amount)
    {
        if ((_gas -= amount) < 0)
        {
            OutOfGas();
        }
    }

    /// <summary>Number of 32-unit words (bytes or characters) in <paramref name="length"/>, rounded up.</summary>
    private static long Words(long length) => (length + 31) / 32;

    /// <summary>MUL and POW: a big-integer result costs one per 64-bit limb; a repeated string one per 32 characters.</summary>
    private void ChargeForResult(Value result)
    {
        if (result.Kind == ValueKind.Integer && !result.IsSmallInt)
        {
            Charge((IntegerMath.MagnitudeBits(result) + 63) / 64);
        }
        else if (result.Kind == ValueKind.String)
        {
            Charge(Words(result.AsString.Length));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void OutOfGas()
    {
        _gas = 0;
        throw new OutOfGasException();
    }

    private static int U16(byte[] code, int pc) => code[pc] | (code[pc + 1] << 8);

    private static int U32(byte[] code, int pc) => code[pc] | (code[pc + 1] << 8) | (code[pc + 2] << 16) | (code[pc + 3] << 24);

    internal void EnsureStack(int needed)
    {
        if (needed > _stack.Length)
        {
            Array.Resize(ref _stack, Math.Max(needed, _stack.Length * 2));
        }
    }

    private string StringConstant(int k) =>
        _descriptors[k] is StringConstant s ? s.Value : throw new ZexusError($"invalid bytecode: constant {k} is not a string");

    private T Descriptor<T>(int k) where T : Constant =>
        _descriptors[k] as T ?? throw new ZexusError($"invalid bytecode: constant {k} is not a {typeof(T).Name}");

    private readonly record struct Handler(int Target, int Height, bool IsFinally);

    /// <summary>The state of one executing function that outlives an exception: where to resume and its handlers.</summary>
    private struct Frame
    {
        public LoadedFunction Function;
        public Scope Env;
        public int Bp;
        public int Sp;
        public int Pc;
        public int Ip;
        public List<Handler>? Handlers;
        public List<Exception>? Pending;
    }

    /// <summary>Runs <paramref name="f"/> with <paramref name="env"/> as its scope until it returns, dispatching errors to its handlers.</summary>
    private Value Run(LoadedFunction f, Scope env)
    {
        if (_useJit && (f.Jit ?? JitCompile(f)).Code is { } jitted)
        {
            return jitted.Invoke(this, env);
        }

        var frame = new Frame { Function = f, Env = env, Bp = _sp, Sp = _sp };

        // SAFETY: the verifier bounded this function's operand stack by MaxStack on every path.
        EnsureStack(frame.Bp + f.Proto.MaxStack + 2);
        try
        {
            while (true)
            {
                try
                {
                    return Loop(ref frame);
                }
                catch (ZexusError e)
                {
                    e.Location ??= f.LocationAt(frame.Ip);
                    if (frame.Handlers is not { Count: > 0 })
                    {
                        throw;
                    }

                    var h = frame.Handlers[^1];
                    frame.Handlers.RemoveAt(frame.Handlers.Count - 1);
                    frame.Sp = frame.Bp + h.Height;
                    if (h.IsFinally)
                    {
                        (frame.Pending ??= []).Add(e);
                    }
                    else
                    {
                        _stack[frame.Sp++] = Value.FromString(e.Message);
                    }

                    frame.Pc = h.Target;
                }
            }
        }
        finally
        {
            _sp = frame.Bp;
        }
    }

    /// <summary>
    /// The dispatch loop, free of exception handling so that its locals stay in registers.
    /// PERF (bench: zexus bench, vm rows): operands decoded inline, small-integer fast paths, direct local slots.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Value Loop(ref Frame fr)
    {
        var f = fr.Function;
        var code = f.Code;
        var names = f.Names;
        var env = fr.Env;
        var stack = _stack;
        var sp = fr.Sp;
        var pc = fr.Pc;
        while (true)
        {
            fr.Ip = pc;
            var op = code[pc++];
            if (++_instructions > _maxSteps)
            {
                throw new StepLimitExceededException(_maxSteps);
            }

            if ((_gas -= _gasCost[op]) < 0)
            {
                OutOfGas();
            }

            switch ((ZvmOpcode)op)
            {
                case LOAD_CONST:
                    stack[sp++] = _constants[U16(code, pc)];
                    pc += 2;
                    break;
                case LOAD_LOCAL:
                    {
                        var v = env.Slots[U16(code, pc + 2)];
                        stack[sp++] = v.IsUndefined ? LoadName(names[U16(code, pc)], env) : v;
                        pc += 4;
                        break;
                    }
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
                case POP:
                    sp--;
                    break;
                case DUP:
                    stack[sp] = stack[sp - 1];
                    sp++;
                    break;
                case ADD:
                    {
                        Value a = stack[sp - 2], b = stack[sp - 1];
                        if (a.IsSmallInt && b.IsSmallInt)
                        {
                            long x = a.SmallInt, y = b.SmallInt, r = unchecked(x + y);
                            if (((x ^ r) & (y ^ r)) >= 0)
                            {
                                stack[--sp - 1] = Value.FromInt(r);
                                break;
                            }
                        }

                        stack[--sp - 1] = Operators.Add(a, b);
                        break;
                    }
                case SUB:
                    {
                        Value a = stack[sp - 2], b = stack[sp - 1];
                        if (a.IsSmallInt && b.IsSmallInt)
                        {
                            long x = a.SmallInt, y = b.SmallInt, r = unchecked(x - y);
                            if (((x ^ y) & (x ^ r)) >= 0)
                            {
                                stack[--sp - 1] = Value.FromInt(r);
                                break;
                            }
                        }

                        stack[--sp - 1] = Operators.Sub(a, b);
                        break;
                    }
                case EQ:
                case NEQ:
                    {
                        Value a = stack[sp - 2], b = stack[sp - 1];
                        var eq = a.IsSmallInt && b.IsSmallInt ? a.SmallInt == b.SmallInt : Operators.Equal(a, b);
                        stack[--sp - 1] = Value.FromBool(eq == (op == (byte)EQ));
                        break;
                    }
                case LT:
                case GT:
                case LTE:
                case GTE:
                    {
                        Value a = stack[sp - 2], b = stack[sp - 1];
                        var cmp = (CompareOp)(op - (byte)LT);
                        bool result;
                        if (a.IsSmallInt && b.IsSmallInt)
                        {
                            long x = a.SmallInt, y = b.SmallInt;
                            result = cmp switch { CompareOp.Lt => x < y, CompareOp.Gt => x > y, CompareOp.LtEq => x <= y, _ => x >= y };
                        }
                        else
                        {
                            result = Operators.Compare(cmp, a, b);
                        }

                        stack[--sp - 1] = Value.FromBool(result);
                        break;
                    }
                case NOT:
                    stack[sp - 1] = Value.FromBool(!stack[sp - 1].IsTruthy);
                    break;
                case JUMP:
                    pc = U32(code, pc);
                    break;
                case JUMP_IF_FALSE:
                    pc = stack[--sp].IsTruthy ? pc + 4 : U32(code, pc);
                    break;
                case JUMP_IF_TRUE:
                    pc = stack[--sp].IsTruthy ? U32(code, pc) : pc + 4;
                    break;
                case RETURN:
                    return stack[--sp];
                case RETURN_NULL:
                    return Value.Null;
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
                case INDEX:
                    {
                        Value t = stack[sp - 2], i = stack[sp - 1];
                        if (t.Kind == ValueKind.List && i.IsSmallInt)
                        {
                            var items = t.AsList.Items;
                            var k = i.SmallInt;
                            stack[--sp - 1] = k >= 0 && k < items.Count ? items[(int)k] : Value.Null;
                        }
                        else
                        {
                            stack[--sp - 1] = MemberAccess.GetIndex(t, i);
                        }

                        break;
                    }
                default:
                    fr.Pc = pc;
                    sp = Slow(ref fr, op, sp);
                    pc = fr.Pc;
                    stack = _stack;
                    break;
            }
        }
    }

    /// <summary>
    /// Every opcode outside the hot set of <see cref="Loop"/>. PERF (bench: zexus bench, vm rows): kept out of the
    /// dispatch loop so that the loop's few locals stay in registers. Reads operands at <see cref="Frame.Pc"/>,
    /// leaves it after the instruction, and returns the new stack height.
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
            case LOAD_BINDING:
                {
                    var name = names[U16(code, pc)];
                    pc += 2;
                    var s = FindAssignable(name, env, out var slot);
                    stack[sp++] = s.Slots[slot];
                    break;
                }
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
            case DUP2:
                stack[sp] = stack[sp - 2];
                stack[sp + 1] = stack[sp - 1];
                sp += 2;
                break;
            case MUL:
                stack[sp - 2] = Operators.Mul(stack[sp - 2], stack[sp - 1]);
                sp--;
                ChargeForResult(stack[sp - 1]);
                break;
            case DIV:
                stack[sp - 2] = Operators.Div(stack[sp - 2], stack[sp - 1]);
                sp--;
                break;
            case MOD:
                stack[sp - 2] = Operators.Mod(stack[sp - 2], stack[sp - 1]);
                sp--;
                break;
            case POW:
                stack[sp - 2] = Operators.Pow(stack[sp - 2], stack[sp - 1]);
                sp--;
                ChargeForResult(stack[sp - 1]);
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
            case JUMP_IF_NOT_NULL:
                if (stack[sp - 1].IsNull)
                {
                    sp--;
                    pc += 4;
                }
                else
                {
                    pc = U32(code, pc);
                }

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
            case MAKE_CLOSURE:
                stack[sp++] = Value.FromObject(new VmClosure(_functions[U16(code, pc)], env));
                pc += 2;
                break;
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
                        if (!items.Exists(x => Operators.Equal(x, stack[i])))
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
            case GET_ATTR:
                stack[sp - 1] = MemberAccess.GetMember(this, stack[sp - 1], StringConstant(U16(code, pc)));
                pc += 2;
                break;
            case STORE_INDEX:
                MemberAccess.SetIndex(stack[sp - 3], stack[sp - 2], stack[sp - 1]);
                sp -= 3;
                break;
            case STORE_ATTR:
                MemberAccess.SetMember(this, stack[sp - 2], StringConstant(U16(code, pc)), stack[sp - 1]);
                pc += 2;
                sp -= 2;
                break;
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
            case GET_ITER:
                stack[sp - 1] = Value.FromObject(new VmIterator(stack[sp - 1]));
                break;
            case FOR_ITER:
                {
                    var target = U32(code, pc);
                    var mode = code[pc + 4];
                    pc += 5;
                    var it = stack[sp - 1].RawObject as VmIterator ?? throw new ZexusError("invalid bytecode: FOR_ITER without an iterator");
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

    /// <summary>Compiles <paramref name="f"/> for the JIT tier once; a function it cannot compile stays on this interpreter (see <see cref="Jit"/>).</summary>
    private JitFunction JitCompile(LoadedFunction f)
    {
        var result = JitCompiler.Compile(this, f);
        Jit.Record(f, result);
        f.Jit = result;
        return result;
    }

    /// <summary>Runs one instruction (operands at <paramref name="pc"/>) with this interpreter's handler for JIT code; returns the next pc.</summary>
    internal int InterpretOne(LoadedFunction f, Scope env, byte op, int pc, ref int sp)
    {
        var frame = new Frame { Function = f, Env = env, Bp = _sp, Sp = sp, Pc = pc, Ip = pc - 1 };
        sp = Slow(ref frame, op, sp);
        return frame.Pc;
    }

    internal Value CallAt(Value callee, int argStart, int argc)
    {
        if (callee.Kind == ValueKind.Function && callee.RawObject is VmClosure c)
        {
            var proto = c.Function.Proto;
            var slots = new Value[proto.SlotCount];
            var ps = proto.ParamSlots;
            var stack = _stack;
            for (var i = 0; i < ps.Length; i++)
            {
                slots[ps[i]] = i < argc ? stack[argStart + i] : Value.Null;
            }

            return Invoke(c.Function, new Scope(c.Captured, slots));
        }

        return CallOther(callee, new ReadOnlySpan<Value>(_stack, argStart, argc));
    }

    internal Value LoadName(LoadedName name, Scope env)
    {
        var s = name.Find(env, out var slot);
        return s is not null ? s.Slots[slot] : name.Builtin is { } builtin ? Value.FromObject(builtin) : ResolveUnbound(name.Name);
    }

    internal static Scope FindAssignable(LoadedName name, Scope env, out int slot)
    {
        var s = name.Find(env, out slot) ?? throw new ZexusError($"Identifier '{name.Name}' not found");
        if (s.IsConstant(slot))
        {
            throw new ZexusError($"Cannot reassign constant '{name.Name}'");
        }

        return s;
    }

    private void DefineContract(int k, Scope env, int slot)
    {
        var c = Descriptor<ContractConstant>(k);
        if (!_contractActions.TryGetValue(k, out var actions))
        {
            actions = c.Actions.ToDictionary(a => a.Name, a => (ZFunction)new VmAction(_functions[a.Function]), StringComparer.Ordinal);
            _contractActions.Add(k, actions);
        }

        var state = new Scope(env, Math.Max(c.StateScopeSize, c.StateNames.Length));
        Run(_functions[c.Initializer], state);
        var definition = new ContractDefinition(c.Name, c.StateNames, actions)
        {
            InitialState = DeepCopy.CopyAll(state.Slots.AsSpan(0, c.StateNames.Length)),
            DeclaringScope = env,
            StateScopeSize = state.Slots.Length,
        };
        var instance = NewInstance(definition, state);
        env.EnsureSize(slot + 1);
        env.Declare(slot, Value.FromObject(instance), false);
    }

    private void UseModule(LoadedFunction from, int m, UseConstant use)
    {
        var target = m < _modules.Length ? _modules[m] : throw new ZexusError($"invalid bytecode: module {m}");
        var module = target.Loaded;
        if (module is null)
        {
            if (target.Loading)
            {
                throw new ZexusError("Circular import: " + use.Path);
            }

            switch (target.Unit.Failure)
            {
                case ModuleFailure.NotFound:
                    throw new ZexusError("Module not found: " + use.Path);
                case ModuleFailure.SyntaxError:
                    throw new ZexusError($"Syntax error in {use.Path} at {target.Unit.FailureDetail}");
            }

            var fresh = new VmModuleState(target.Unit);
            _modules[m] = fresh;
            fresh.Loading = true;
            try
            {
                Run(_functions[fresh.Unit.TopLevel], fresh.Global);
            }
            finally
            {
                fresh.Loading = false;
            }

            module = fresh.Loaded = new VmModule(use.Path, fresh);
        }

        var into = _modules[from.Proto.Module];
        switch (use.Form)
        {
            case UseForm.Alias:
                into.Bind(use.Alias!, Value.FromObject(module));
                break;
            case UseForm.Names:
                {
                    var values = new Value[use.Names.Length];
                    for (var i = 0; i < values.Length; i++)
                    {
                        if (!module.TryGetExport(use.Names[i], out values[i]))
                        {
                            throw new ZexusError($"Module '{module.Path}' has no export '{use.Names[i]}'");
                        }
                    }

                    for (var i = 0; i < values.Length; i++)
                    {
                        into.Bind(use.Names[i], values[i]);
                    }

                    break;
                }

            default:
                foreach (var name in module.VisibleNames.ToArray())
                {
                    if (module.TryGetExport(name, out var v))
                    {
                        into.Bind(name, v);
                    }
                }

                break;
        }
    }

    private void ExportName(LoadedFunction from, string name)
    {
        var state = _modules[from.Proto.Module];
        if (!state.TryGetBound(name, out _))
        {
            throw new ZexusError($"Identifier '{name}' not found");
        }

        if (!state.Exported.Contains(name))
        {
            state.Exported.Add(name);
        }
    }

    private Value StateRead(string name)
    {
        var instance = CurrentActionInstance ?? throw new ZexusError("STATE_READ outside a contract action");
        var i = instance.Definition.IndexOfState(name);
        return i >= 0 ? instance.State[i] : throw new ZexusError($"Contract {instance.Definition.Name} has no member '{name}'");
    }

    private void StateWrite(string name, Value value)
    {
        if (!InTransaction)
        {
            throw new ZexusError("STATE_WRITE outside a transaction");
        }

        var instance = CurrentActionInstance ?? throw new ZexusError("STATE_WRITE outside a contract action");
        var i = instance.Definition.IndexOfState(name);
        if (i < 0)
        {
            throw new ZexusError($"Contract {instance.Definition.Name} has no member '{name}'");
        }

        instance.State[i] = value;
    }
}
