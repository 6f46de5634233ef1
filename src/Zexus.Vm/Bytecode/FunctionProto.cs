namespace Zexus.Vm.Bytecode;

/// <summary>Where a name may be bound: a scope (hops outward from the current one) and a slot in it.</summary>
public readonly record struct NameCandidate(int Hops, int Slot);

/// <summary>
/// A name used by a function and where it may be bound, innermost first (LANGUAGE.md 7.1). This plays the
/// role of upvalue descriptors: since blocks do not create scopes and a binding may not exist yet when a
/// name is read, a read tries each candidate and falls back to built-ins.
/// </summary>
public sealed record NameEntry(string Name, NameCandidate[] Candidates);

[Flags]
public enum FunctionFlags : byte
{
    None = 0,
    /// <summary>Written with <c>=&gt;</c> or <c>lambda</c> (type() Lambda).</summary>
    Lambda = 1,
    Async = 2,
    /// <summary>A contract action: slot 0 is <c>this</c>, slot 1 is <c>msg</c>.</summary>
    ContractAction = 4,
    /// <summary>Runs directly in a scope it is given (contract state initializers, entity defaults, module top levels), not in a new call scope.</summary>
    RunsInScope = 8,
}

/// <summary>One line-table row: instructions from <see cref="Offset"/> on come from this source position.</summary>
public readonly record struct LineEntry(int Offset, int Line, int Column);

/// <summary>A compiled function: code, parameters and call-scope layout, names, and its line table.</summary>
public sealed class FunctionProto
{
    /// <summary>Declared name, or null for anonymous functions and top-level/initializer code.</summary>
    public string? Name { get; init; }

    public FunctionFlags Flags { get; init; }

    /// <summary>The module whose file this function's line table refers to.</summary>
    public int Module { get; init; }

    /// <summary>Slot of each parameter, in order (the arity is their count).</summary>
    public int[] ParamSlots { get; init; } = [];

    /// <summary>Size of the call scope (or of the scope it runs in, for <see cref="FunctionFlags.RunsInScope"/>).</summary>
    public int SlotCount { get; init; }

    public NameEntry[] Names { get; init; } = [];

    public byte[] Code { get; init; } = [];

    public LineEntry[] Lines { get; init; } = [];

    /// <summary>Maximum operand stack height, computed by the verifier.</summary>
    public int MaxStack { get; set; }

    public bool IsLambda => (Flags & FunctionFlags.Lambda) != 0;

    public bool IsContractAction => (Flags & FunctionFlags.ContractAction) != 0;

    public int Arity => ParamSlots.Length;

    /// <summary>The source position of the instruction at <paramref name="offset"/>.</summary>
    public LineEntry? LineAt(int offset)
    {
        LineEntry? found = null;
        foreach (var e in Lines)
        {
            if (e.Offset > offset)
            {
                break;
            }

            found = e;
        }

        return found;
    }
}
