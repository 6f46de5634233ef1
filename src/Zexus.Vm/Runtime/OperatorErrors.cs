using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Zexus.Vm.Runtime;

/// <summary>Throw helpers for the operator errors of LANGUAGE.md 5.3-5.6 (Appendix B messages). Kept out of
/// the operators so their fast paths stay small enough to inline.</summary>
internal static class OperatorErrors
{
    [DoesNotReturn]
    public static void DivisionByZero() => throw new ZexusError("Division by zero");

    [DoesNotReturn]
    public static void ModuloByZero() => throw new ZexusError("Modulo by zero");

    /// <summary><paramref name="operation"/> is one of addition, subtraction, multiplication, division, exponentiation.</summary>
    [DoesNotReturn]
    public static void Overflow(string operation) => throw new ZexusError("Integer overflow in " + operation);

    [DoesNotReturn]
    public static Value CannotAdd(Value a, Value b) =>
        throw new ZexusError($"Type mismatch: cannot add {a.Tag} and {b.Tag}");

    [DoesNotReturn]
    public static Value CannotApply(string op, Value a, Value b) =>
        throw new ZexusError($"Type mismatch: cannot apply '{op}' to {a.Tag} and {b.Tag}");

    [DoesNotReturn]
    public static Value UnknownNegate(Value a) => throw new ZexusError("Unknown operator: -" + a.Tag);

    [DoesNotReturn]
    public static bool CannotCompare(CompareOp op, Value a, Value b) =>
        throw new ZexusError($"Type error: cannot compare {a.Tag} {Symbol(op)} {b.Tag}");

    [DoesNotReturn]
    public static void RepetitionTooLarge(BigInteger count) =>
        throw new ZexusError($"String repetition count {count.ToString(System.Globalization.CultureInfo.InvariantCulture)} exceeds maximum (1000000)");

    public static string Symbol(CompareOp op) => op switch
    {
        CompareOp.Lt => "<",
        CompareOp.Gt => ">",
        CompareOp.LtEq => "<=",
        _ => ">=",
    };
}
