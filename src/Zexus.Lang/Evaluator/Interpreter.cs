using System.Runtime.CompilerServices;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator;

/// <summary>
/// The tree-walking evaluator's run-time state for one program run: output, the step limit, the call
/// depth and modules. Contract, entity and event semantics come from <see cref="EngineBase"/>, shared
/// with the ZVM. Nodes hold a reference to it.
/// </summary>
public sealed class Interpreter : EngineBase
{
    public Interpreter(EvaluatorOptions options) : base(options.Timestamp, options.BlockHash, options.Host)
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

    internal ModuleLoader Modules { get; }

    /// <summary>The source text of every file parsed in this run, for error display.</summary>
    public Dictionary<string, string> Sources { get; } = new(StringComparer.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Tick()
    {
        if (++Steps > MaxSteps)
        {
            throw new StepLimitExceededException(MaxSteps);
        }
    }

    /// <summary>Calls any callable value (5.11).</summary>
    public override Value Call(Value callee, ReadOnlySpan<Value> args)
    {
        if (callee.Kind == ValueKind.Function && callee.AsObject is Closure c)
        {
            var slots = new Value[c.Code.SlotCount];
            BindParameters(c.Code, slots, args);
            return Invoke(c.Code, new Scope(c.Captured, slots));
        }

        return CallOther(callee, args);
    }

    public Value CallValue(Value callee, ReadOnlySpan<Value> args) => Call(callee, args);

    /// <summary>Binds arguments to parameters; missing arguments are null, extra ones ignored (5.11).</summary>
    private static void BindParameters(FunctionCode code, Value[] slots, ReadOnlySpan<Value> args)
    {
        var ps = code.ParamSlots;
        for (var i = 0; i < ps.Length; i++)
        {
            slots[ps[i]] = i < args.Length ? args[i] : Value.Null;
        }
    }

    protected override Value InvokeAction(ZContract instance, ZFunction action, string sender, ReadOnlySpan<Value> args)
    {
        var code = ((ActionFunction)action).Code;
        var slots = new Value[code.SlotCount];
        slots[0] = Value.FromObject(instance);
        slots[1] = NewMsg(sender);
        BindParameters(code, slots, args);
        return Invoke(code, new Scope(instance.StateScope, slots));
    }

    protected override Value EvaluateDefault(ZEntityType type, int field)
    {
        var info = (EntityInfo)type.EngineData!;
        return info.Defaults[field]!.Eval(info.DeclaringScope);
    }

    /// <summary>Runs a prepared function body in its call scope, counting the call depth.</summary>
    public Value Invoke(FunctionCode code, Scope scope)
    {
        if (Depth >= MaxCallDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
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
}

/// <summary>Run-time data of an entity type kept in <see cref="ZEntityType.EngineData"/>.</summary>
internal sealed record EntityInfo(Scope DeclaringScope, Nodes.ExprNode?[] Defaults);
