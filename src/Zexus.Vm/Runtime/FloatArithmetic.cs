using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>The float operations of LANGUAGE.md 5.3 that differ from plain IEEE operators.</summary>
internal static class FloatArithmetic
{
    /// <summary>True division; a zero divisor of either sign is an error, not an infinity.</summary>
    public static double Div(double x, double y)
    {
        if (y == 0)
        {
            OperatorErrors.DivisionByZero();
        }

        return x / y;
    }

    /// <summary>Floored modulo: fmod, moved into the sign of the divisor; a zero result takes b's sign.</summary>
    public static double Mod(double x, double y)
    {
        if (y == 0)
        {
            OperatorErrors.ModuloByZero();
        }

        var r = x % y;
        if (r == 0)
        {
            return double.CopySign(0.0, y);
        }

        if ((r < 0) != (y < 0))
        {
            r += y;
        }

        return r;
    }

    /// <summary>IEEE pow, except that 0 to a negative power is "Division by zero".</summary>
    public static double Pow(double x, double y)
    {
        if (x == 0 && y < 0)
        {
            OperatorErrors.DivisionByZero();
        }

        return Math.Pow(x, y);
    }

    /// <summary>A number as a double: floats as they are, integers rounded to nearest (5.3 mixed operands).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(Value number) =>
        number.Kind == ValueKind.Float ? number.AsFloat : IntegerMath.ToDouble(number);

    /// <summary>The mixed-operand rule of 5.3 for <c>-</c> and <c>%</c>: a finite whole result becomes an integer.</summary>
    public static Value WholeToInteger(double r) =>
        double.IsFinite(r) && Math.Floor(r) == r ? IntegerMath.FromWholeDouble(r) : Value.FromFloat(r);
}
