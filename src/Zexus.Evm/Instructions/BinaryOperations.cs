using System.Runtime.CompilerServices;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>
/// A two-operand word operation, a = μ_s[0], b = μ_s[1] (Nethermind's static-abstract operation
/// structs): <see cref="ArithmeticInstructions.Binary{TOperation}"/> is compiled once per struct, so
/// one handler body serves the whole family with the operation inlined.
/// </summary>
public interface IBinaryOperation
{
    /// <summary>result := a op b. The result may alias an operand.</summary>
    static abstract void Apply(in UInt256 a, in UInt256 b, out UInt256 result);
}

/// <summary>A two-operand predicate (the comparisons); the instruction pushes 1 or 0.</summary>
public interface IComparison
{
    /// <summary>Whether a op b holds.</summary>
    static abstract bool Test(in UInt256 a, in UInt256 b);
}

/// <summary>The word operations of the arithmetic and bitwise families (Yellow Paper appendix H.2).</summary>
public static class BinaryOperations
{
#pragma warning disable CA1034 // Nested types group the family's operation structs next to each other.
    /// <summary>ADD: a + b mod 2^256.</summary>
    public readonly struct Add : IBinaryOperation
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Add(in a, in b, out result);
    }

    /// <summary>MUL: a · b mod 2^256.</summary>
    public readonly struct Mul : IBinaryOperation
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Mul(in a, in b, out result);
    }

    /// <summary>SUB: a − b mod 2^256.</summary>
    public readonly struct Sub : IBinaryOperation
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Sub(in a, in b, out result);
    }

    /// <summary>DIV: ⌊a ÷ b⌋, 0 when b = 0.</summary>
    public readonly struct Div : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Div(in a, in b, out result);
    }

    /// <summary>SDIV: signed division truncating toward zero, 0 when b = 0.</summary>
    public readonly struct SDiv : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.SDiv(in a, in b, out result);
    }

    /// <summary>MOD: a mod b, 0 when b = 0.</summary>
    public readonly struct Mod : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Mod(in a, in b, out result);
    }

    /// <summary>SMOD: signed remainder with the sign of a, 0 when b = 0.</summary>
    public readonly struct SMod : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.SMod(in a, in b, out result);
    }

    /// <summary>SIGNEXTEND: extend the sign of byte a (from the least significant) of b.</summary>
    public readonly struct SignExtend : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.SignExtend(in a, in b, out result);
    }

    /// <summary>AND.</summary>
    public readonly struct And : IBinaryOperation
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.And(in a, in b, out result);
    }

    /// <summary>OR.</summary>
    public readonly struct Or : IBinaryOperation
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Or(in a, in b, out result);
    }

    /// <summary>XOR.</summary>
    public readonly struct Xor : IBinaryOperation
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Xor(in a, in b, out result);
    }

    /// <summary>BYTE: byte a of b counting from the most significant, 0 when a ≥ 32.</summary>
    public readonly struct Byte : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Byte(in a, in b, out result);
    }

    /// <summary>SHL (EIP-145): b shifted left by a bits.</summary>
    public readonly struct Shl : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Shl(in a, in b, out result);
    }

    /// <summary>SHR (EIP-145): b shifted right by a bits, zero-filled.</summary>
    public readonly struct Shr : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Shr(in a, in b, out result);
    }

    /// <summary>SAR (EIP-145): b shifted right by a bits, sign-filled.</summary>
    public readonly struct Sar : IBinaryOperation
    {
        /// <inheritdoc/>
        public static void Apply(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256.Sar(in a, in b, out result);
    }

    /// <summary>LT: a &lt; b unsigned.</summary>
    public readonly struct Lt : IComparison
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Test(in UInt256 a, in UInt256 b) => UInt256.Lt(in a, in b);
    }

    /// <summary>GT: a &gt; b unsigned.</summary>
    public readonly struct Gt : IComparison
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Test(in UInt256 a, in UInt256 b) => UInt256.Gt(in a, in b);
    }

    /// <summary>SLT: a &lt; b as two's complement.</summary>
    public readonly struct Slt : IComparison
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Test(in UInt256 a, in UInt256 b) => UInt256.Slt(in a, in b);
    }

    /// <summary>SGT: a &gt; b as two's complement.</summary>
    public readonly struct Sgt : IComparison
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Test(in UInt256 a, in UInt256 b) => UInt256.Sgt(in a, in b);
    }

    /// <summary>EQ.</summary>
    public readonly struct Eq : IComparison
    {
        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Test(in UInt256 a, in UInt256 b) => UInt256.Eq(in a, in b);
    }
#pragma warning restore CA1034
}
