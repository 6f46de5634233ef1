using System.Numerics;

namespace Zexus.Vm.Bytecode;

public enum ConstantKind : byte
{
    Null = 0,
    Boolean = 1,
    Integer = 2,
    Float = 3,
    String = 4,
    Contract = 5,
    Entity = 6,
    Use = 7,
}

/// <summary>An entry of the constant pool. Value constants carry a literal; descriptor constants describe a
/// contract, entity or <c>use</c> statement for the instruction that refers to them.</summary>
public abstract record Constant(ConstantKind Kind);

public sealed record NullConstant() : Constant(ConstantKind.Null);

public sealed record BooleanConstant(bool Value) : Constant(ConstantKind.Boolean);

public sealed record IntegerConstant(BigInteger Value) : Constant(ConstantKind.Integer);

/// <summary>A float constant; equality is by bit pattern so -0.0 and NaN payloads are kept distinct.</summary>
public sealed record FloatConstant(double Value) : Constant(ConstantKind.Float)
{
    public bool Equals(FloatConstant? other) => other is not null && BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(other.Value);

    public override int GetHashCode() => BitConverter.DoubleToInt64Bits(Value).GetHashCode();
}

public sealed record StringConstant(string Value) : Constant(ConstantKind.String);

/// <summary>An action of a contract: its name and the function that implements it.</summary>
public sealed record ContractAction(string Name, int Function);

/// <summary>
/// A contract declaration (LANGUAGE.md 10.1): state names in order, the size of the state scope (state
/// variables first, then names bound by match patterns in initializers), the initializer function (runs in
/// the state scope and declares each state slot in order) and the actions.
/// </summary>
public sealed record ContractConstant(string Name, string[] StateNames, int StateScopeSize, int Initializer, ContractAction[] Actions) : Constant(ConstantKind.Contract)
{
    public bool Equals(ContractConstant? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>A field of an entity: name, optional annotation, and the function computing its default (-1: none).</summary>
public sealed record EntityFieldConstant(string Name, string? TypeAnnotation, int DefaultFunction);

public sealed record EntityConstant(string Name, EntityFieldConstant[] Fields) : Constant(ConstantKind.Entity)
{
    public bool Equals(EntityConstant? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

public enum UseForm : byte
{
    /// <summary><c>use "p" as m</c>.</summary>
    Alias = 0,
    /// <summary><c>use { a, b } from "p"</c>.</summary>
    Names = 1,
    /// <summary><c>use "p"</c>: every visible name.</summary>
    All = 2,
}

/// <summary>A <c>use</c> statement: the path as written (for messages), its form and names.</summary>
public sealed record UseConstant(string Path, UseForm Form, string? Alias, string[] Names) : Constant(ConstantKind.Use)
{
    public bool Equals(UseConstant? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
