using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

public enum CompareOp
{
    Lt,
    Gt,
    LtEq,
    GtEq,
}

/// <summary>The operators of LANGUAGE.md section 5 (5.3 arithmetic, 5.4 unary minus, 5.5 equality, 5.6 ordering).
/// Shared by every engine. Errors are thrown as <see cref="ZexusError"/> with the Appendix B message.</summary>
/// <remarks>PERF: each operator is a tiny inlinable test for two inline integers (the fib/loop benchmarks)
/// followed by a call to a non-inlined general path.</remarks>
public static class Operators
{
    /// <summary>Largest repetition count of <c>s * n</c> (5.3).</summary>
    public const int MaxRepetition = 1_000_000;

    /// <summary>The longest string the CLR can allocate.</summary>
    private const long MaxStringLength = 0x3FFFFFDF;

    /// <summary><c>a + b</c> (5.3): numbers, string concatenation, list concatenation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Add(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt, r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }
        }

        return AddSlow(in a, in b);
    }

    /// <summary><c>a - b</c> (5.3); a mixed int/float whole result is an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Sub(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt, r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }
        }

        return SubSlow(a, b);
    }

    /// <summary><c>a * b</c> (5.3): numbers and string repetition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Mul(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt && IntegerArithmetic.TryMul(a.SmallInt, b.SmallInt, out var r))
        {
            return Value.FromInt(r);
        }

        return MulSlow(a, b);
    }

    /// <summary><c>a / b</c> (5.3): floor division for integers, true division otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Div(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt && b.SmallInt > 0)
        {
            long x = a.SmallInt, y = b.SmallInt, q = x / y;
            return Value.FromInt(x < 0 && q * y != x ? q - 1 : q);
        }

        return DivSlow(a, b);
    }

    /// <summary><c>a % b</c> (5.3): floored modulo, with the sign of b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Mod(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt && b.SmallInt > 0)
        {
            long y = b.SmallInt, r = a.SmallInt % y;
            return Value.FromInt(r < 0 ? r + y : r);
        }

        return ModSlow(a, b);
    }

    /// <summary><c>a ** b</c> (5.3).</summary>
    public static Value Pow(Value a, Value b)
    {
        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return IntegerArithmetic.Pow(a, b);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Value.FromFloat(FloatArithmetic.Pow(FloatArithmetic.ToDouble(a), FloatArithmetic.ToDouble(b)));
        }

        return OperatorErrors.CannotApply("**", a, b);
    }

    /// <summary>Unary <c>-x</c> (5.4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Negate(Value a)
    {
        if (a.IsSmallInt && a.SmallInt != long.MinValue)
        {
            return Value.FromInt(-a.SmallInt);
        }

        return NegateSlow(a);
    }

    /// <summary><c>a == b</c> (5.5). Never throws for values of different kinds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            return a.SmallInt == b.SmallInt;
        }

        return ValueEquality.Equal(a, b);
    }

    /// <summary><c>&lt; &gt; &lt;= &gt;=</c> (5.6): null gives false, numbers exactly, strings by code point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(CompareOp op, Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt;
            return op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Gt => x > y,
                CompareOp.LtEq => x <= y,
                _ => x >= y,
            };
        }

        return CompareSlow(op, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNumber(Value v) => v.Kind is ValueKind.Integer or ValueKind.Float;

    // PERF (bench: zexus bench, strings and maps rows): operands by reference, not copied to the callee's stack
    // (a copy of a value written field by field just before is a store-forwarding stall).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value AddSlow(in Value a, in Value b)
    {
        // PERF (bench: zexus bench, strings and maps rows, every engine): concatenation is tested first, it is the
        // common non-integer addition; the kinds are disjoint, so the order of the tests changes no result.
        if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            return StringConcat.Concat(in a, in b);
        }

        if (a.Kind == ValueKind.Float && b.Kind == ValueKind.Float)
        {
            return Value.FromFloat(a.AsFloat + b.AsFloat);
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return IntegerArithmetic.Add(a, b);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Value.FromFloat(FloatArithmetic.ToDouble(a) + FloatArithmetic.ToDouble(b));
        }

        if (a.Kind == ValueKind.List && b.Kind == ValueKind.List)
        {
            var l1 = a.AsList.Items;
            var l2 = b.AsList.Items;
            var items = new List<Value>(l1.Count + l2.Count);
            items.AddRange(l1);
            items.AddRange(l2);
            return Value.FromObject(new ZList(items));
        }

        return OperatorErrors.CannotAdd(a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value SubSlow(Value a, Value b)
    {
        if (a.Kind == ValueKind.Float && b.Kind == ValueKind.Float)
        {
            return Value.FromFloat(a.AsFloat - b.AsFloat);
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return IntegerArithmetic.Sub(a, b);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return FloatArithmetic.WholeToInteger(FloatArithmetic.ToDouble(a) - FloatArithmetic.ToDouble(b));
        }

        return OperatorErrors.CannotApply("-", a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value MulSlow(Value a, Value b)
    {
        if (a.Kind == ValueKind.Float && b.Kind == ValueKind.Float)
        {
            return Value.FromFloat(a.AsFloat * b.AsFloat);
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return IntegerArithmetic.Mul(a, b);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Value.FromFloat(FloatArithmetic.ToDouble(a) * FloatArithmetic.ToDouble(b));
        }

        if (a.Kind == ValueKind.String && b.Kind == ValueKind.Integer)
        {
            return Repeat(a.AsString, b);
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.String)
        {
            return Repeat(b.AsString, a);
        }

        return OperatorErrors.CannotApply("*", a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value DivSlow(Value a, Value b)
    {
        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return IntegerArithmetic.FloorDiv(a, b);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Value.FromFloat(FloatArithmetic.Div(FloatArithmetic.ToDouble(a), FloatArithmetic.ToDouble(b)));
        }

        return OperatorErrors.CannotApply("/", a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value ModSlow(Value a, Value b)
    {
        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return IntegerArithmetic.FloorMod(a, b);
        }

        if (a.Kind == ValueKind.Float && b.Kind == ValueKind.Float)
        {
            return Value.FromFloat(FloatArithmetic.Mod(a.AsFloat, b.AsFloat));
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return FloatArithmetic.WholeToInteger(FloatArithmetic.Mod(FloatArithmetic.ToDouble(a), FloatArithmetic.ToDouble(b)));
        }

        return OperatorErrors.CannotApply("%", a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value NegateSlow(Value a)
    {
        return a.Kind switch
        {
            ValueKind.Integer => Value.FromInt(-a.AsBigInteger),
            ValueKind.Float => Value.FromFloat(-a.AsFloat),
            _ => OperatorErrors.UnknownNegate(a),
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CompareSlow(CompareOp op, Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return false;
        }

        int c;
        if (IsNumber(a) && IsNumber(b))
        {
            c = NumericComparison.Compare(a, b);
            if (c == NumericComparison.Unordered)
            {
                return false;
            }
        }
        else if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            c = CodePoints.Compare(a.AsString, b.AsString);
        }
        else
        {
            return OperatorErrors.CannotCompare(op, a, b);
        }

        return op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Gt => c > 0,
            CompareOp.LtEq => c <= 0,
            _ => c >= 0,
        };
    }

    private static Value Repeat(string s, Value count)
    {
        if (!count.IsSmallInt)
        {
            if (count.AsBigInteger.Sign < 0)
            {
                return Value.FromString(string.Empty);
            }

            OperatorErrors.RepetitionTooLarge(count.AsBigInteger);
        }

        var n = count.SmallInt;
        if (n <= 0 || s.Length == 0)
        {
            return n > MaxRepetition ? RepetitionError(n) : Value.FromString(string.Empty);
        }

        if (n > MaxRepetition)
        {
            return RepetitionError(n);
        }

        if (n == 1)
        {
            return Value.FromString(s);
        }

        // The count limit alone still allows results longer than a .NET string can be; fail as a
        // Zexus error rather than with an OutOfMemoryException that would escape the program.
        var length = (long)s.Length * n;
        if (length > MaxStringLength)
        {
            throw new ZexusError("String repetition result is too long");
        }

        return Value.FromString(string.Create((int)length, s, static (span, src) =>
        {
            for (var i = 0; i < span.Length; i += src.Length)
            {
                src.CopyTo(span[i..]);
            }
        }));
    }

    private static Value RepetitionError(long n)
    {
        OperatorErrors.RepetitionTooLarge(new BigInteger(n));
        return default;
    }
}
