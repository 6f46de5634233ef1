using System.Runtime.CompilerServices;
using Zexus.Lang.Syntax;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;

namespace Zexus.Lang.Evaluator;

/// <summary>
/// The tree-walking evaluator's run-time state for one program run: output, limits, the call depth,
/// contract transactions, events, addresses and modules. Nodes hold a reference to it.
/// </summary>
public sealed class Interpreter : IRuntimeContext
{
    /// <summary>LANGUAGE.md 5.11: at most 1000 user-function calls in progress.</summary>
    public const int MaxCallDepth = 1000;

    private readonly ContractTransactions _transactions = new();
    private readonly List<ZContract> _actionStack = [];
    private long _nextAddress = 1;

    public Interpreter(EvaluatorOptions options)
    {
        Options = options;
        Out = options.Output;
        MaxSteps = options.MaxSteps <= 0 ? long.MaxValue : options.MaxSteps;
        Modules = new ModuleLoader(this);
    }

    public EvaluatorOptions Options { get; }

    public TextWriter Out { get; }

    public long Steps;

    public readonly long MaxSteps;

    public int Depth;

    public List<Value> Events { get; } = [];

    public long Timestamp => Options.Timestamp;

    public string BlockHash => Options.BlockHash;

    internal ModuleLoader Modules { get; }

    /// <summary>The source text of every file parsed in this run, for error display.</summary>
    public Dictionary<string, string> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>The instance whose action call is innermost among the calls in progress (10.2), or null.</summary>
    public ZContract? CurrentActionInstance => _actionStack.Count == 0 ? null : _actionStack[^1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Tick()
    {
        if (++Steps > MaxSteps)
        {
            throw new StepLimitExceededException(MaxSteps);
        }
    }

    public Value Call(Value callee, ReadOnlySpan<Value> args) => CallValue(callee, args);

    /// <summary>Calls any callable value (5.11).</summary>
    public Value CallValue(Value callee, ReadOnlySpan<Value> args)
    {
        switch (callee.Kind)
        {
            case ValueKind.Function:
                var f = callee.AsObject;
                if (f is Closure c)
                {
                    var slots = new Value[c.Code.SlotCount];
                    BindParameters(c.Code, slots, args, copy: false);
                    return Invoke(c.Code, new Scope(c.Captured, slots));
                }

                var bound = (ZBoundAction)f;
                return CallAction(bound.Instance, (ActionFunction)bound.Action, args);
            case ValueKind.Builtin:
                return ((ZBuiltin)callee.AsObject).Invoke(this, args);
            case ValueKind.Contract:
                return Value.FromObject(CreateInstance(callee.As<ZContract>().Definition, args));
            case ValueKind.EntityType:
                return Value.FromObject(CreateEntity(callee.As<ZEntityType>(), args));
            default:
                throw new ZexusError("Not a function: " + TextForm.Of(callee));
        }
    }

    /// <summary>Binds arguments to parameters; missing arguments are null, extra ones ignored (5.11).</summary>
    private static void BindParameters(FunctionCode code, Value[] slots, ReadOnlySpan<Value> args, bool copy)
    {
        var ps = code.ParamSlots;
        for (var i = 0; i < ps.Length; i++)
        {
            slots[ps[i]] = i < args.Length ? (copy ? DeepCopy.Copy(args[i]) : args[i]) : Value.Null;
        }
    }

    /// <summary>Runs a prepared function body in its call scope, counting the call depth.</summary>
    public Value Invoke(FunctionCode code, Scope scope)
    {
        if (Depth >= MaxCallDepth)
        {
            throw new ZexusError("Maximum recursion depth exceeded");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ZexusError("Maximum recursion depth exceeded");
        }

        Depth++;
        try
        {
            if (code.ExprBody is { } e)
            {
                return code.CatchesMatchSignals ? EvalCatchingSignals(e, scope) : e.Eval(scope);
            }

            var completion = code.CatchesMatchSignals ? ExecCatchingSignals(code.Body!, scope) : code.Body!.Exec(scope);
            return completion.Kind == CompletionKind.Return ? completion.Value : Value.Null;
        }
        finally
        {
            Depth--;
        }
    }

    private static Value EvalCatchingSignals(Nodes.ExprNode e, Scope scope)
    {
        try
        {
            return e.Eval(scope);
        }
        catch (MatchControlSignal s) when (s.Completion.Kind == CompletionKind.Return)
        {
            return s.Completion.Value;
        }
    }

    private static Completion ExecCatchingSignals(Nodes.BlockNode body, Scope scope)
    {
        try
        {
            return body.Exec(scope);
        }
        catch (MatchControlSignal s) when (s.Completion.Kind == CompletionKind.Return)
        {
            return s.Completion;
        }
    }

    /// <summary>An action call on an instance: a transaction with copied arguments and result (10.2-10.5).</summary>
    public Value CallAction(ZContract instance, ActionFunction action, ReadOnlySpan<Value> args)
    {
        var code = action.Code;
        var slots = new Value[code.SlotCount];
        var sender = CurrentActionInstance is { } caller ? caller.Address : "system";
        var msg = new ZMap(1);
        msg.Set("sender", Value.FromString(sender));
        slots[0] = Value.FromObject(instance);
        slots[1] = Value.FromObject(msg);
        BindParameters(code, slots, args, copy: true);

        _transactions.Begin(instance, Events.Count);
        _actionStack.Add(instance);
        Value result;
        try
        {
            result = Invoke(code, new Scope(StateScopeOf(instance), slots));
        }
        catch
        {
            _actionStack.RemoveAt(_actionStack.Count - 1);
            _transactions.Rollback(Events);
            throw;
        }

        _actionStack.RemoveAt(_actionStack.Count - 1);
        _transactions.Commit();
        return DeepCopy.Copy(result);
    }

    internal static Scope StateScopeOf(ZContract instance) => (Scope)instance.EngineData!;

    /// <summary>Creates a new instance from the initial state and runs <c>init</c> (10.4).</summary>
    public ZContract CreateInstance(ContractDefinition definition, ReadOnlySpan<Value> args)
    {
        var info = (ContractInfo)definition.EngineData!;
        var state = new Value[info.StateScopeSize];
        var initial = DeepCopy.CopyAll(definition.InitialState);
        Array.Copy(initial, state, initial.Length);
        var instance = NewInstance(definition, state, info.DeclaringScope);
        if (definition.Actions.TryGetValue("init", out var init))
        {
            CallAction(instance, (ActionFunction)init, args);
        }

        return instance;
    }

    internal ZContract NewInstance(ContractDefinition definition, Value[] state, Scope declaringScope)
    {
        var instance = new ZContract(definition, ZContract.AddressFor(_nextAddress++), state);
        instance.EngineData = new Scope(declaringScope, state);
        return instance;
    }

    /// <summary>Creates an entity instance: positional arguments, then defaults evaluated now (11).</summary>
    public ZEntity CreateEntity(ZEntityType type, ReadOnlySpan<Value> args)
    {
        var info = (EntityInfo)type.EngineData!;
        var fields = new Value[type.Fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = i < args.Length ? args[i]
                : info.Defaults[i] is { } d ? d.Eval(info.DeclaringScope)
                : Value.Null;
        }

        return new ZEntity(type, fields);
    }

    /// <summary>Value of a name that no scope binds: a built-in, <c>TX</c>, or an error (5.2).</summary>
    public Value ResolveUnbound(string name)
    {
        if (BuiltinRegistry.TryGet(name, out var builtin))
        {
            return Value.FromObject(builtin);
        }

        if (name == "TX")
        {
            return TransactionContext.NewTxMap(this);
        }

        throw new ZexusError($"Identifier '{name}' not found");
    }
}

/// <summary>Run-time data of a contract declaration kept in <see cref="ContractDefinition.EngineData"/>.</summary>
internal sealed record ContractInfo(Scope DeclaringScope, int StateScopeSize);

/// <summary>Run-time data of an entity type kept in <see cref="ZEntityType.EngineData"/>.</summary>
internal sealed record EntityInfo(Scope DeclaringScope, Nodes.ExprNode?[] Defaults);
