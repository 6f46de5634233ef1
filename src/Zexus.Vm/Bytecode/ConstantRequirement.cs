using Zexus.Vm.Isa;

namespace Zexus.Vm.Bytecode;

/// <summary>Which kind of constant an instruction's <see cref="OperandKind.Const"/> operand must refer to.</summary>
public enum ConstantRequirement
{
    /// <summary>The opcode has no constant operand.</summary>
    None,
    /// <summary>A literal: null, boolean, integer, float or string.</summary>
    Value,
    /// <summary>A string naming something (attribute, method, state variable, event, ledger, export).</summary>
    String,
    Contract,
    Entity,
    Use,
}

public static class ConstantRequirements
{
    /// <summary>The constant kind the opcode's constant operand needs (LANGUAGE.md sections in docs/isa.md).</summary>
    public static ConstantRequirement For(ZvmOpcode opcode) => opcode switch
    {
        ZvmOpcode.LOAD_CONST or ZvmOpcode.MATCH_LITERAL => ConstantRequirement.Value,
        ZvmOpcode.GET_ATTR or ZvmOpcode.STORE_ATTR or ZvmOpcode.CALL_METHOD or ZvmOpcode.EXPORT_NAME
            or ZvmOpcode.STATE_READ or ZvmOpcode.STATE_WRITE or ZvmOpcode.REGISTER_EVENT or ZvmOpcode.EMIT_EVENT
            or ZvmOpcode.LEDGER_APPEND => ConstantRequirement.String,
        ZvmOpcode.DEFINE_CONTRACT => ConstantRequirement.Contract,
        ZvmOpcode.DEFINE_ENTITY => ConstantRequirement.Entity,
        ZvmOpcode.USE_MODULE => ConstantRequirement.Use,
        _ => ConstantRequirement.None,
    };

    public static bool IsSatisfiedBy(this ConstantRequirement requirement, ConstantKind kind) => requirement switch
    {
        ConstantRequirement.Value => kind <= ConstantKind.String,
        ConstantRequirement.String => kind == ConstantKind.String,
        ConstantRequirement.Contract => kind == ConstantKind.Contract,
        ConstantRequirement.Entity => kind == ConstantKind.Entity,
        ConstantRequirement.Use => kind == ConstantKind.Use,
        _ => true,
    };

    public static string Describe(this ConstantRequirement requirement) => requirement switch
    {
        ConstantRequirement.Value => "a value constant (null, boolean, integer, float or string)",
        ConstantRequirement.String => "a String constant",
        ConstantRequirement.Contract => "a Contract constant",
        ConstantRequirement.Entity => "an Entity constant",
        ConstantRequirement.Use => "a Use constant",
        _ => "any constant",
    };
}
