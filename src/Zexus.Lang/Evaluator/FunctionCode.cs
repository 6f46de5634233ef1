using Zexus.Vm.Runtime;
using Zexus.Lang.Evaluator.Nodes;
using Zexus.Lang.Syntax;

namespace Zexus.Lang.Evaluator;

/// <summary>A function body prepared once (the Jint way): slot layout of its call scope and its nodes.</summary>
public sealed class FunctionCode
{
    public required string? Name { get; init; }

    public required FunctionKind Kind { get; init; }

    /// <summary>True for contract actions: slot 0 holds <c>this</c>, slot 1 holds <c>msg</c>.</summary>
    public required bool IsContractAction { get; init; }

    public required int[] ParamSlots { get; init; }

    public int SlotCount { get; set; }

    /// <summary>Block body; null for an expression body.</summary>
    public BlockNode? Body { get; set; }

    /// <summary>Expression body of an arrow function or lambda.</summary>
    public ExprNode? ExprBody { get; set; }

    /// <summary>Set when a <c>match</c> block arm in this body may <c>return</c> through a <see cref="MatchControlSignal"/>.</summary>
    public bool CatchesMatchSignals { get; set; }

    public required Zexus.Vm.Runtime.SourceLocation Location { get; init; }
}

/// <summary>A user function value: prepared code plus the scope it was created in (captured live, 7.3).</summary>
public sealed class Closure(FunctionCode code, Scope captured) : Zexus.Vm.Runtime.ZFunction
{
    public FunctionCode Code { get; } = code;

    public Scope Captured { get; } = captured;

    public override string? Name => Code.Name;

    public override bool IsLambda => Code.Kind == FunctionKind.Lambda;
}

/// <summary>An action of a contract definition, not yet bound to an instance (10.2).</summary>
public sealed class ActionFunction(FunctionCode code) : Zexus.Vm.Runtime.ZFunction
{
    public FunctionCode Code { get; } = code;

    public override string? Name => Code.Name;

    public override bool IsLambda => false;
}
