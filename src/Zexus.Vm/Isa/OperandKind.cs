namespace Zexus.Vm.Isa;

/// <summary>
/// What an instruction operand refers to. The kind fixes the encoded width (little-endian) and what the
/// verifier checks. Every instruction is one opcode byte followed by its operands.
/// </summary>
public enum OperandKind : byte
{
    /// <summary>u16 index into the module's constant pool.</summary>
    Const,
    /// <summary>u16 index into the function's name table (a name and its resolution candidates).</summary>
    Name,
    /// <summary>u16 slot of the current scope.</summary>
    Slot,
    /// <summary>u8 count of stack values (arguments, elements).</summary>
    Count,
    /// <summary>u16 count of stack values for potentially large literals (list and map elements, print arguments).</summary>
    WideCount,
    /// <summary>u32 absolute code offset; must be an instruction boundary of the same function.</summary>
    Target,
    /// <summary>u16 index into the module's function table.</summary>
    Function,
    /// <summary>u16 index of a built-in function in the sorted built-in name list.</summary>
    Builtin,
    /// <summary>u16 index into the container's module table.</summary>
    Module,
    /// <summary>u32 unsigned amount (gas).</summary>
    Amount,
    /// <summary>u8 small enumerated mode (iteration form, declaration kind).</summary>
    Mode,
}

public static class OperandKinds
{
    /// <summary>Encoded size in bytes.</summary>
    public static int Width(this OperandKind kind) => kind switch
    {
        OperandKind.Count or OperandKind.Mode => 1,
        OperandKind.Target or OperandKind.Amount => 4,
        _ => 2,
    };
}
