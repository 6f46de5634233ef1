using Zexus.Primitives;

namespace Zexus.Vm.Runtime;

/// <summary>A contract declaration after it executed (LANGUAGE.md 10.1): its state layout, actions and initial state.</summary>
public sealed class ContractDefinition(string name, string[] stateNames, IReadOnlyDictionary<string, ZFunction> actions)
{
    public string Name { get; } = name;

    /// <summary>State variable names in declaration order; an instance's <see cref="ZContract.State"/> has one slot per name.</summary>
    public string[] StateNames { get; } = stateNames;

    /// <summary>Actions by name; the functions are unbound (the engine binds <c>this</c> at call time).</summary>
    public IReadOnlyDictionary<string, ZFunction> Actions { get; } = actions;

    /// <summary>Deep copy of the state values recorded when the declaration ran (10.1 step 3).</summary>
    public Value[] InitialState { get; set; } = [];

    /// <summary>The scope the declaration ran in: parent of every instance's state scope (10.4).</summary>
    public Scope? DeclaringScope { get; set; }

    /// <summary>Slots of an instance's state scope: the state variables, then names bound by match patterns in initializers.</summary>
    public int StateScopeSize { get; set; }

    /// <summary>Engine-private data (for example prepared action code).</summary>
    public object? EngineData { get; set; }

    /// <summary>
    /// The storage slots of the state variables' lengths, by <see cref="StateNames"/> index, once computed
    /// (<c>Blockchain.ContractStorage</c>). PERF (bench: zexus run of a contract loop): no Keccak per write-back.
    /// </summary>
    internal UInt256[]? StateSlots { get; set; }

    public int IndexOfState(string name) => Array.IndexOf(StateNames, name);
}

/// <summary>A contract instance (10.4): independent state and an address.</summary>
public sealed class ZContract(ContractDefinition definition, string address, Value[] state) : ZObject
{
    public override ValueKind Kind => ValueKind.Contract;

    public ContractDefinition Definition { get; } = definition;

    /// <summary><c>0x</c> followed by 40 lowercase hex digits of the creation number.</summary>
    public string Address { get; } = address;

    /// <summary>The state variables, one slot per <see cref="ContractDefinition.StateNames"/> entry.</summary>
    public Value[] State { get; } = state;

    /// <summary>The world-state account of <see cref="Address"/>, once parsed (<c>Blockchain.ContractStorage</c>).</summary>
    internal Address? Account { get; set; }

    /// <summary>The state scope (LANGUAGE.md 10.2): its slots are <see cref="State"/>; action call scopes hang below it.</summary>
    public Scope StateScope { get; set; } = null!;

    /// <summary>The address for creation number <paramref name="n"/> (1-based).</summary>
    public static string AddressFor(long n) => "0x" + n.ToString("x40", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An action obtained as a value from an instance (<c>c.deposit</c>): calling it is an action call on the instance.</summary>
public sealed class ZBoundAction(ZContract instance, string actionName, ZFunction action) : ZFunction
{
    public ZContract Instance { get; } = instance;

    public ZFunction Action { get; } = action;

    public override string? Name { get; } = actionName;

    public override bool IsLambda => false;
}
