using System.Runtime.CompilerServices;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Runtime.Builtins;

namespace Zexus.Vm.Runtime;

/// <summary>
/// What every engine of the language shares, so that they have one semantics (DESIGN.md invariant 1):
/// action calls as transactions (LANGUAGE.md 10.2-10.5), contract instances and addresses, entity
/// instances, the event log, the block context and name fallback to built-ins. An engine supplies how
/// to call its own functions and how to run an action body or an entity default.
/// </summary>
/// <remarks>
/// With a <see cref="Host"/>, the world state is kept in step (docs/blockchain-semantics.md, "Contract
/// state in the world state"): the outermost transaction (an action call or TX_BEGIN at depth 0) is one
/// host transaction; every nested frame takes a host snapshot and reverts it on rollback; events are
/// also recorded as host logs; and when the outermost transaction commits, the state of every contract
/// instance it involved is written to the instance's account storage (<see cref="ContractStorage"/>).
/// Live values stay in the instances, which act as the write-back cache of that storage.
/// </remarks>
public abstract class EngineBase(long timestamp, string blockHash, IHost? host = null) : IRuntimeContext
{
    /// <summary>LANGUAGE.md 5.11: at most 1000 user-function calls in progress.</summary>
    public const int MaxCallDepth = 1000;

    private readonly ContractTransactions _transactions = new();
    private ZContract[] _actionStack = new ZContract[8];
    private int _actionDepth;
    private readonly List<ZContract> _instances = [];
    private readonly Dictionary<string, Ledger> _ledgers = new(StringComparer.Ordinal);
    private readonly HashSet<ZContract> _dirty = new(ReferenceEqualityComparer.Instance);
    private long _nextAddress = 1;

    /// <summary>The world state this run commits contract state, logs and snapshots to; null keeps state in memory only.</summary>
    public IHost? Host { get; } = host;

    public List<Value> Events { get; } = [];

    public long Timestamp { get; } = timestamp;

    public string BlockHash { get; } = blockHash;

    /// <summary>The instance whose action call is innermost among the calls in progress (10.2), or null.</summary>
    public ZContract? CurrentActionInstance => _actionDepth == 0 ? null : _actionStack[_actionDepth - 1];

    public abstract Value Call(Value callee, ReadOnlySpan<Value> args);

    /// <summary>
    /// Runs an action body on an instance with its (already copied) arguments; <c>msg</c> is <see cref="NewMsg"/>
    /// of <paramref name="sender"/>, which an engine may leave out when it knows the body cannot read it.
    /// </summary>
    protected abstract Value InvokeAction(ZContract instance, ZFunction action, string sender, ReadOnlySpan<Value> args);

    /// <summary>Evaluates the default of field <paramref name="field"/> of an entity type, in its declaring scope.</summary>
    protected abstract Value EvaluateDefault(ZEntityType type, int field);

    /// <summary>The <c>msg</c> of an action call: a new map <c>{sender: SENDER}</c> (10.2).</summary>
    protected static Value NewMsg(string sender)
    {
        var msg = new ZMap(1);
        msg.Set("sender", Value.FromString(sender));
        return Value.FromObject(msg);
    }

    /// <summary>An action call on an instance: a transaction with copied arguments and result (10.2-10.5).</summary>
    public Value CallAction(ZContract instance, ZFunction action, ReadOnlySpan<Value> args)
    {
        var sender = CurrentActionInstance is { } caller ? caller.Address : "system";
        var copied = CopyArguments(args);
        var depth = BeginActionCall(instance);
        Value result;
        try
        {
            result = InvokeAction(instance, action, sender, copied);
        }
        catch
        {
            AbortActionCall(depth);
            throw;
        }

        return CommitActionCall(depth, result);
    }

    /// <summary>
    /// The arguments of an action call as the action receives them: copies (10.5).
    /// PERF (bench: zexus bench, contract rows): arguments that are not containers are their own copies, so only
    /// arguments with a list, map or entity are copied into a new array; each is copied on its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<Value> CopyArguments(ReadOnlySpan<Value> args)
    {
        foreach (var arg in args)
        {
            if (DeepCopy.IsContainer(arg))
            {
                return CopyEach(args);
            }
        }

        return args;
    }

    /// <summary>
    /// Opens the transaction of an action call on <paramref name="instance"/> and makes it the innermost action call
    /// (10.2, 10.3); returns the transaction depth that <see cref="CommitActionCall"/> or <see cref="AbortActionCall"/>
    /// closes back to. The body runs in between.
    /// </summary>
    internal int BeginActionCall(ZContract instance)
    {
        var depth = _transactions.Depth;
        OpenHostTransaction();
        _transactions.Begin(instance, Events.Count, _ledgers.Values, Host);
        if (Host is not null)
        {
            // Only the host's storage write-back reads the involved instances.
            _dirty.Add(instance);
        }

        // PERF (bench: zexus bench, contract rows): an array of a sealed type, stored to without a type check; entries
        // above the depth are left in place when calls return (every instance stays referenced by _instances anyway),
        // so a call on the instance called last at this depth stores nothing (no GC write barrier).
        if (_actionDepth == _actionStack.Length)
        {
            Array.Resize(ref _actionStack, _actionDepth * 2);
        }

        ref var entry = ref _actionStack[_actionDepth++];
        if (!ReferenceEquals(entry, instance))
        {
            entry = instance;
        }

        return depth;
    }

    /// <summary>
    /// The action call opened at <paramref name="depth"/> returned <paramref name="result"/>: commits it (with the
    /// explicit transactions it left open) and returns the copy of the result its caller receives.
    /// </summary>
    internal Value CommitActionCall(int depth, Value result)
    {
        List<(ZContract, byte[][])>? pending = null;
        if (depth == 0 && Host is not null)
        {
            try
            {
                pending = EncodeInvolved();
            }
            catch
            {
                AbortActionCall(depth);
                throw;
            }
        }

        _actionDepth--;

        // Explicit transactions the action left open are part of its own: they commit with it.
        while (_transactions.Depth > depth)
        {
            _transactions.Commit();
        }

        CloseHostTransaction(pending);
        return DeepCopy.Copy(result);
    }

    /// <summary>The action call opened at <paramref name="depth"/> failed: rolls it back (10.3).</summary>
    internal void AbortActionCall(int depth)
    {
        _actionDepth--;
        while (_transactions.Depth > depth)
        {
            _transactions.Rollback(Events, Host);
        }

        CloseHostTransaction(null);
    }

    private static Value[] CopyEach(ReadOnlySpan<Value> args)
    {
        var copied = new Value[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            copied[i] = DeepCopy.Copy(args[i]);
        }

        return copied;
    }

    /// <summary>Gives a new instance the next address and a state scope over <paramref name="state"/> (10.4).</summary>
    public ZContract NewInstance(ContractDefinition definition, Scope stateScope)
    {
        var instance = new ZContract(definition, ZContract.AddressFor(_nextAddress++), stateScope.Slots) { StateScope = stateScope };
        _instances.Add(instance);
        _dirty.Add(instance);
        return instance;
    }

    /// <summary>Every contract instance created in this run, in creation order.</summary>
    public IReadOnlyList<ZContract> Instances => _instances;

    /// <summary>TX_BEGIN: opens a nested transaction over all contract state, the event log and the ledgers.</summary>
    public void BeginTransaction()
    {
        OpenHostTransaction();
        _transactions.BeginAll(_instances, Events.Count, _ledgers.Values, Host);
        _dirty.UnionWith(_instances);
    }

    /// <summary>TX_COMMIT: keeps the innermost transaction's changes.</summary>
    public void CommitTransaction()
    {
        RequireOpenTransaction("TX_COMMIT");
        var pending = _transactions.Depth == 1 ? EncodeInvolved() : null;
        _transactions.Commit();
        CloseHostTransaction(pending);
    }

    /// <summary>TX_REVERT: restores contract state, events and ledgers exactly as at the matching TX_BEGIN.</summary>
    public void RevertTransaction()
    {
        RequireOpenTransaction("TX_REVERT");
        _transactions.Rollback(Events, Host);
        CloseHostTransaction(null);
    }

    /// <summary>Reverts every open transaction (out of gas: nothing half-written is kept, DESIGN.md invariant 4).</summary>
    public void RevertOpenTransactions()
    {
        while (_transactions.Depth > 0)
        {
            _transactions.Rollback(Events, Host);
        }

        CloseHostTransaction(null);
    }

    /// <summary>True inside an action call or an explicit transaction (STATE_WRITE's precondition).</summary>
    public bool InTransaction => _transactions.Depth > 0;

    /// <summary>At depth 0, the host starts the transaction that the frame about to open begins.</summary>
    private void OpenHostTransaction()
    {
        if (_transactions.Depth == 0)
        {
            Host?.BeginTransaction();
        }
    }

    /// <summary>
    /// The encoded state of every instance the outermost transaction involved, computed before it commits
    /// so that a value that cannot be stored (cyclic, too large) fails the transaction instead of leaving
    /// the world state half-written.
    /// </summary>
    private List<(ZContract, byte[][])>? EncodeInvolved() =>
        Host is null ? null : [.. _dirty.Select(instance => (instance, ContractStorage.Encode(instance)))];

    /// <summary>
    /// Back at depth 0: writes <paramref name="committed"/> (the involved instances' encoded state) to
    /// their storage, then ends the host transaction. Null after a rollback, which has already reverted
    /// the host to the transaction's start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CloseHostTransaction(List<(ZContract Instance, byte[][] Encoded)>? committed)
    {
        // PERF (bench: zexus bench, contract rows): a nested frame's close is a check in place, and so is the outermost
        // one's when there is no host and no instance to forget (CloseOutermost would do nothing).
        if (_transactions.Depth == 0 && (Host is not null || _dirty.Count != 0))
        {
            CloseOutermost(committed);
        }
    }

    private void CloseOutermost(List<(ZContract Instance, byte[][] Encoded)>? committed)
    {
        if (Host is { } host)
        {
            foreach (var (instance, encoded) in committed ?? [])
            {
                ContractStorage.Write(host, instance, encoded);
            }

            host.EndTransaction(deleteTouchedEmpty: false);
        }

        if (_dirty.Count != 0)
        {
            _dirty.Clear();
        }
    }

    private void RequireOpenTransaction(string opcode)
    {
        if (_transactions.Depth == 0)
        {
            throw new ZexusError($"{opcode} without an open transaction");
        }
    }

    /// <summary>The ledger named <paramref name="name"/>, created empty on first use (LEDGER_APPEND).</summary>
    public Ledger LedgerNamed(string name)
    {
        if (!_ledgers.TryGetValue(name, out var ledger))
        {
            ledger = new Ledger();
            _ledgers.Add(name, ledger);
        }

        return ledger;
    }

    /// <summary>Creates a new instance from the initial state and runs <c>init</c> (10.4).</summary>
    public ZContract CreateInstance(ContractDefinition definition, ReadOnlySpan<Value> args)
    {
        var state = new Value[definition.StateScopeSize];
        var initial = DeepCopy.CopyAll(definition.InitialState);
        Array.Copy(initial, state, initial.Length);
        var instance = NewInstance(definition, new Scope(definition.DeclaringScope, state));
        if (definition.Actions.TryGetValue("init", out var init))
        {
            CallAction(instance, init, args);
        }
        else if (_transactions.Depth == 0)
        {
            // Created outside any transaction and without init: stored at once.
            CloseHostTransaction(EncodeInvolved());
        }

        return instance;
    }

    /// <summary>Creates an entity instance: positional arguments, then defaults evaluated now (11).</summary>
    public ZEntity CreateEntity(ZEntityType type, ReadOnlySpan<Value> args)
    {
        var fields = new Value[type.Fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = i < args.Length ? args[i] : type.Fields[i].HasDefault ? EvaluateDefault(type, i) : Value.Null;
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
            return Builtins.TransactionContext.NewTxMap(this);
        }

        throw new ZexusError($"Identifier '{name}' not found");
    }

    /// <summary>Calls a value that is not one of the engine's own functions: built-ins, bound actions, contracts, entity types.</summary>
    protected Value CallOther(Value callee, ReadOnlySpan<Value> args)
    {
        switch (callee.Kind)
        {
            case ValueKind.Function when callee.AsObject is ZBoundAction bound:
                return CallAction(bound.Instance, bound.Action, args);
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

    /// <summary><c>x.name(args)</c> once x and the arguments are evaluated: dispatch on the kind of x (5.11).</summary>
    public Value CallMethod(Value target, string name, ReadOnlySpan<Value> args)
    {
        switch (target.Kind)
        {
            case ValueKind.List:
                return ListMethods.Call(this, target.AsList, name, args);
            case ValueKind.Map:
                {
                    var map = target.AsMap;
                    if (MapMethods.TryCall(this, map, name, args, out var result))
                    {
                        return result;
                    }

                    if (map.TryGet(name, out var member))
                    {
                        return Call(member, args);
                    }

                    throw new ZexusError($"Method '{name}' not supported for MAP");
                }

            case ValueKind.Contract:
                {
                    var contract = target.As<ZContract>();
                    if (contract.Definition.Actions.TryGetValue(name, out var action))
                    {
                        return CallAction(contract, action, args);
                    }

                    return Call(MemberAccess.GetMember(this, target, name), args);
                }

            case ValueKind.Entity:
            case ValueKind.Module:
                return Call(MemberAccess.GetMember(this, target, name), args);
            default:
                throw new ZexusError($"Method '{name}' not supported for {target.Tag}");
        }
    }

    /// <summary><c>emit NAME(args)</c>: appends <c>{event, args}</c> with copied arguments to the log (10.6).</summary>
    public void Emit(string eventName, ReadOnlySpan<Value> args)
    {
        var copied = DeepCopy.CopyAll(args);
        var ev = new ZMap(2);
        ev.Set("event", Value.FromString(eventName));
        var list = new ZList(copied);
        ev.Set("args", Value.FromObject(list));
        Events.Add(Value.FromObject(ev));
        if (Host is { } host)
        {
            var emitter = CurrentActionInstance is { } instance ? ContractStorage.AccountOf(instance) : Address.Zero;
            host.AddLog(new LogEntry(emitter, [Hash256.Keccak(System.Text.Encoding.UTF8.GetBytes(eventName))], CanonicalEncoding.Encode(Value.FromObject(list))));
        }
    }

    /// <summary>The text written by <c>print</c> for these values: text forms separated by spaces, then a line feed (6.4).</summary>
    public static string PrintLine(ReadOnlySpan<Value> values)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var v = values[i];
            if (v.Kind == ValueKind.String)
            {
                sb.Append(v.AsString);
            }
            else
            {
                TextForm.Append(sb, v);
            }
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>The conditional print's rule: false, 0, 0.0, -0.0 and "" are print-false (6.4).</summary>
    public static bool IsPrintTrue(Value c) => c.Kind switch
    {
        ValueKind.Boolean => c.AsBool,
        ValueKind.Integer => !(c.IsSmallInt && c.SmallInt == 0),
        ValueKind.Float => c.AsFloat != 0.0,
        ValueKind.String => c.AsString.Length != 0,
        _ => true,
    };
}
