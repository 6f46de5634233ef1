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
public sealed partial class ZvmMachine : EngineBase
{
    internal readonly Value[] _constants;
    private readonly Constant[] _descriptors;
    private readonly LoadedFunction[] _functions;
    private readonly VmModuleState[] _modules;
    private readonly TextWriter _out;
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
    private readonly JitPolicy _jit;

    /// <summary>Prepares a container for execution; it is verified first (throws <see cref="VerificationException"/>).</summary>
    public ZvmMachine(ZvmProgram program, ZvmOptions options) : base(options.Timestamp, options.BlockHash, options.Host)
    {
        ZvmVerifier.Verify(program, BuiltinCount);
        Program = program;
        _out = options.Output;
        _gasLimit = options.GasLimit <= 0 ? long.MaxValue : options.GasLimit;
        _gas = _gasLimit;
        _maxSteps = options.MaxSteps <= 0 ? long.MaxValue : options.MaxSteps;
        _jit = options.Jit;
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
        if (callee.Kind == ValueKind.Function && callee.Reference is VmClosure c)
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
        if (Compiled(f) is { PooledScope: true } code)
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

    /// <summary>The native stack is checked at every call depth that is a multiple of this (see <see cref="Invoke"/>).</summary>
    private const int StackCheckInterval = 4;

    /// <summary>
    /// Runs a function body in a new call scope, counting the call depth (5.11). PERF (bench: zexus bench, fib
    /// interpreter row): the native stack is checked at every <see cref="StackCheckInterval"/>th depth only; the few
    /// interpreter frames between two checks stay well within the reserve
    /// <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> guarantees.
    /// </summary>
    internal Value Invoke(LoadedFunction f, Scope scope)
    {
        if (_depth >= MaxCallDepth || (_depth % StackCheckInterval == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw new ZexusError("Maximum recursion depth exceeded");
        }

        _depth++;
        try
        {
            // PERF (bench: zexus bench, fib jit row): compiled code is entered here, one call level less than through Run.
            return Compiled(f) is { } jitted ? jitted.Invoke(this, scope) : Interpret(f, scope);
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
        public byte[] Dispatch;
        public Scope Env;
        public int Bp;
        public int Sp;
        public int Pc;
        public int Ip;
        public List<Handler>? Handlers;
        public List<Exception>? Pending;
    }

    /// <summary>Runs <paramref name="f"/> with <paramref name="env"/> as its scope until it returns, dispatching errors to its handlers.</summary>
    private Value Run(LoadedFunction f, Scope env) => Compiled(f) is { } jitted ? jitted.Invoke(this, env) : Interpret(f, env);

    /// <summary><see cref="Run"/> on this interpreter.</summary>
    private Value Interpret(LoadedFunction f, Scope env)
    {
        var frame = new Frame { Function = f, Dispatch = f.Dispatch, Env = env, Bp = _sp, Sp = _sp };

        // SAFETY: the verifier bounded this function's operand stack by MaxStack on every path.
        EnsureStack(frame.Bp + f.Proto.MaxStack + 2);
        return Interpret(ref frame);
    }

    /// <summary>
    /// Continues a run of <paramref name="f"/> that compiled code started (<see cref="Jit.JitHelpers.Resume"/>): at
    /// <paramref name="pc"/>, with <paramref name="height"/> operand values already at the top of the shared stack, the
    /// scope <paramref name="env"/>, and the active error handlers (target, height, finally) and errors held for finally
    /// blocks, innermost last. From there on the function runs on this interpreter until it returns.
    /// </summary>
    internal Value Resume(LoadedFunction f, Scope env, int pc, int height, List<(int Target, int Height, bool IsFinally)>? handlers, List<Exception>? pending)
    {
        var frame = new Frame
        {
            Function = f,
            Dispatch = f.Dispatch,
            Env = env,
            Bp = _sp,
            Sp = _sp + height,
            Pc = pc,
            Ip = pc,
            Handlers = handlers?.ConvertAll(h => new Handler(h.Target, h.Height, h.IsFinally)),
            Pending = pending,
        };
        EnsureStack(frame.Bp + f.Proto.MaxStack + 2);
        return Interpret(ref frame);
    }

    private Value Interpret(ref Frame frame)
    {
        var f = frame.Function;
        try
        {
            while (true)
            {
                try
                {
                    while (true)
                    {
                        switch (Loop(ref frame))
                        {
                            case (int)RETURN:
                                return _stack[frame.Sp - 1];
                            case (int)RETURN_NULL:
                                return Value.Null;
                            case StepLimitHit:
                                throw new StepLimitExceededException(_maxSteps);
                            case OutOfGasHit:
                                OutOfGas();
                                break;
                            case (int)CALL_TOP:
                            case (int)SPAWN_CALL:
                                CallTop(ref frame);
                                break;
                            case (int)CALL_METHOD:
                                CallMethodTop(ref frame);
                                break;
                            case var op:
                                frame.Sp = Slow(ref frame, (byte)op, frame.Sp);
                                break;
                        }
                    }
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


    /// <summary>With <see cref="JitPolicy.Hot"/>, a function is compiled before this many runs at the latest.</summary>
    public const int HotRuns = 8;

    /// <summary>The compiled code <paramref name="f"/> runs as now (<see cref="ZvmOptions.Jit"/>), or null to interpret it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private JitCode? Compiled(LoadedFunction f) => f.Jit is { } done ? done.Code : _jit == JitPolicy.Off ? null : TierUp(f);

    /// <summary>Counts a run of a function not compiled yet and compiles it once the policy says it is hot.</summary>
    private JitCode? TierUp(LoadedFunction f)
    {
        if (_jit == JitPolicy.Hot && ++f.Runs < HotRuns && !f.HasLoop)
        {
            return null;
        }

        return JitCompile(f).Code;
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

    /// <summary>
    /// CALL_TOP for <see cref="Run"/> (operands at <see cref="Frame.Pc"/>). PERF (bench: zexus bench, fib interpreter
    /// row): a call leaves the dispatch loop straight to here, not through the large frame of <see cref="Slow"/>.
    /// </summary>
    private void CallTop(ref Frame fr)
    {
        var argc = fr.Function.Code[fr.Pc];
        var at = fr.Sp - argc - 1;
        _sp = fr.Sp;
        var result = CallAt(_stack[at], at + 1, argc);
        _stack[at] = result;
        fr.Sp = at + 1;
        fr.Pc++;
    }

    /// <summary>CALL_METHOD for <see cref="Interpret"/>, like <see cref="CallTop"/> (PERF: strings and contract interpreter rows).</summary>
    private void CallMethodTop(ref Frame fr)
    {
        var code = fr.Function.Code;
        var name = StringConstant(U16(code, fr.Pc));
        var argc = code[fr.Pc + 2];
        var at = fr.Sp - argc - 1;
        _sp = fr.Sp;
        var result = CallMethod(_stack[at], name, new ReadOnlySpan<Value>(_stack, at + 1, argc));
        _stack[at] = result;
        fr.Sp = at + 1;
        fr.Pc += 3;
    }

    internal Value CallAt(Value callee, int argStart, int argc)
    {
        if (callee.Kind == ValueKind.Function && callee.Reference is VmClosure c)
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
