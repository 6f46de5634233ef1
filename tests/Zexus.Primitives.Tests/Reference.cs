using System.Globalization;
using System.Numerics;
using Zexus.Primitives;

namespace Zexus.Primitives.Tests;

/// <summary>
/// BigInteger reference semantics for the EVM word operations, and a property-check loop that
/// compares an implementation against them over seeded random operands.
/// </summary>
internal static class Reference
{
    public const int Cases = 100_000;

    public static readonly BigInteger Two256 = BigInteger.One << 256;
    public static readonly BigInteger Two255 = BigInteger.One << 255;
    public static readonly BigInteger Mask = Two256 - 1;

    public static BigInteger Big(in UInt256 x) => x.ToBigInteger();

    /// <summary>The two's-complement reading of a word.</summary>
    public static BigInteger Signed(BigInteger unsigned) => unsigned >= Two255 ? unsigned - Two256 : unsigned;

    /// <summary>The word for any integer, modulo 2^256 (two's complement for negatives).</summary>
    public static UInt256 Word(BigInteger value) =>
        UInt256.FromBigInteger(value.Sign >= 0 && value < Two256 ? value : value & Mask);

    public static string Hex(in UInt256 x) => x.ToHexString();

    /// <summary>Checks a unary operation on <see cref="Cases"/> generated words.</summary>
    public static void CheckUnary(int seed, Func<UInt256, UInt256> actual, Func<BigInteger, BigInteger> expected, Func<WordGenerator, UInt256>? operand = null)
    {
        var random = new WordGenerator(seed);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 a = operand is null ? random.Next() : operand(random);
            UInt256 got = actual(a);
            UInt256 want = Word(expected(Big(a)));
            if (got != want)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"case {i}: op({Hex(a)}) = {Hex(got)}, expected {Hex(want)}"));
            }
        }
    }

    /// <summary>Checks a binary operation on <see cref="Cases"/> generated operand pairs.</summary>
    public static void CheckBinary(
        int seed,
        Func<UInt256, UInt256, UInt256> actual,
        Func<BigInteger, BigInteger, BigInteger> expected,
        Func<WordGenerator, UInt256>? first = null,
        Func<WordGenerator, UInt256, UInt256>? second = null)
    {
        var random = new WordGenerator(seed);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 a = first is null ? random.Next() : first(random);
            UInt256 b = second is null ? random.Next() : second(random, a);
            UInt256 got = actual(a, b);
            UInt256 want = Word(expected(Big(a), Big(b)));
            if (got != want)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"case {i}: op({Hex(a)}, {Hex(b)}) = {Hex(got)}, expected {Hex(want)}"));
            }
        }
    }

    /// <summary>Checks a ternary operation (ADDMOD, MULMOD) on <see cref="Cases"/> generated triples.</summary>
    public static void CheckTernary(int seed, Func<UInt256, UInt256, UInt256, UInt256> actual, Func<BigInteger, BigInteger, BigInteger, BigInteger> expected)
    {
        var random = new WordGenerator(seed);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 a = random.Next();
            UInt256 b = random.Next();
            UInt256 m = random.Next();
            UInt256 got = actual(a, b, m);
            UInt256 want = Word(expected(Big(a), Big(b), Big(m)));
            if (got != want)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"case {i}: op({Hex(a)}, {Hex(b)}, {Hex(m)}) = {Hex(got)}, expected {Hex(want)}"));
            }
        }
    }

    /// <summary>
    /// Checks predicates (LT, SLT, EQ, …) on <see cref="Cases"/> generated operand pairs; each of
    /// <paramref name="actual"/> (say the static method and its operators) must match <paramref name="expected"/>.
    /// </summary>
    public static void CheckPredicate(int seed, Func<BigInteger, BigInteger, bool> expected, params Func<UInt256, UInt256, bool>[] actual)
    {
        var random = new WordGenerator(seed);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 a = random.Next();

            // One pair in four is equal, or equal but for the lowest limb, so ties are exercised.
            UInt256 b = random.NextInt(4) switch
            {
                0 => a,
                1 => new UInt256(random.NextLimb(), a.u1, a.u2, a.u3),
                _ => random.Next(),
            };
            bool want = expected(Big(a), Big(b));
            for (int k = 0; k < actual.Length; k++)
            {
                if (actual[k](a, b) != want)
                {
                    Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"case {i}, form {k}: op({Hex(a)}, {Hex(b)}) != {want}"));
                }
            }
        }
    }
}
