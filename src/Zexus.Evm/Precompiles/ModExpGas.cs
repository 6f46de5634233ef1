using System.Numerics;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// MODEXP gas: EIP-198 (Byzantium to Istanbul), EIP-2565 (Berlin to Prague), EIP-7883 (Osaka).
/// All arithmetic is on 128-bit numbers that saturate, so declared lengths up to 2²⁵⁶ − 1 give
/// exact or "more than any limit" gas without allocating.
/// </summary>
internal static class ModExpGas
{
    /// <summary>The gas of a MODEXP call on <paramref name="input"/> in <paramref name="fork"/>, saturating at <see cref="long.MaxValue"/>.</summary>
    public static long Compute(ReadOnlySpan<byte> input, Fork fork)
    {
        var call = new ModExpInput(input);
        UInt128 baseLength = ModExpInput.Saturate(call.BaseLength);
        UInt128 modulusLength = ModExpInput.Saturate(call.ModulusLength);
        UInt128 maxLength = baseLength > modulusLength ? baseLength : modulusLength;
        UInt128 iterations = IterationCount(call, fork >= Fork.Osaka ? Eip7883.ExponentBitsPerByte : Eip198.ExponentBitsPerByte);

        UInt128 gas;
        if (fork >= Fork.Osaka)
        {
            UInt128 complexity = maxLength <= 32 ? (UInt128)Eip7883.MinimumMultiplicationComplexity : Multiply(2, Square(Words(maxLength)));
            gas = Max(Multiply(complexity, iterations), Eip7883.MinimumGas);
        }
        else if (fork >= Fork.Berlin)
        {
            gas = Max(Multiply(Square(Words(maxLength)), iterations) / Eip2565.GasDivisor, Eip2565.MinimumGas);
        }
        else
        {
            gas = Multiply(Eip198Complexity(maxLength), iterations) / Eip198.GasQuadDivisor;
        }

        return gas > long.MaxValue ? long.MaxValue : (long)gas;
    }

    /// <summary>
    /// max(adjusted exponent length, 1): for E ≤ 32 bytes the index of e's highest set bit; beyond,
    /// <paramref name="bitsPerByte"/> · (E − 32) plus the index of the highest bit of e's first 32 bytes.
    /// </summary>
    private static UInt128 IterationCount(in ModExpInput call, int bitsPerByte)
    {
        UInt128 exponentLength = ModExpInput.Saturate(call.ExponentLength);
        int headLength = exponentLength < 32 ? (int)exponentLength : 32;
        Span<byte> head = stackalloc byte[32];
        call.CopyPadded(call.ExponentOffset, head[(32 - headLength)..]);
        head[..(32 - headLength)].Clear();
        var headValue = new UInt256(head);
        int highestBit = headValue.IsZero ? 0 : UInt256.BitLength(headValue) - 1;

        UInt128 count = (UInt128)highestBit;
        if (exponentLength > 32)
        {
            count = ModExpInput.SaturatingAdd(Multiply((UInt128)bitsPerByte, exponentLength - 32), count);
        }

        return count == 0 ? 1 : count;
    }

    /// <summary>EIP-198's mult_complexity: x², x²/4 + 96x − 3072, or x²/16 + 480x − 199680.</summary>
    private static UInt128 Eip198Complexity(UInt128 x)
    {
        UInt128 square = Square(x);
        if (x <= 64)
        {
            return square;
        }

        return x <= 1024
            ? ModExpInput.SaturatingAdd(square / 4, Multiply(96, x)) - 3072
            : ModExpInput.SaturatingAdd(square / 16, Multiply(480, x)) - 199680;
    }

    private static UInt128 Words(UInt128 length) => (length / 8) + (length % 8 == 0 ? UInt128.Zero : UInt128.One);

    private static UInt128 Square(UInt128 x) => Multiply(x, x);

    private static UInt128 Multiply(UInt128 a, UInt128 b) =>
        a != 0 && b > UInt128.MaxValue / a ? UInt128.MaxValue : a * b;

    private static UInt128 Max(UInt128 a, UInt128 b) => a > b ? a : b;
}
