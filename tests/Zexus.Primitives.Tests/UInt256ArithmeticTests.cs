using System.Numerics;
using Zexus.Primitives;
using static Zexus.Primitives.Tests.Reference;

namespace Zexus.Primitives.Tests;

/// <summary>ADD, SUB, MUL, DIV, MOD, ADDMOD, MULMOD and EXP against BigInteger.</summary>
public class UInt256ArithmeticTests
{
    private static UInt256 W(string hexOrDecimal) => UInt256.Parse(hexOrDecimal);

    [Fact]
    public void Add_RandomOperands_MatchesBigIntegerModulo2To256() =>
        CheckBinary(101, static (a, b) => { UInt256.Add(a, b, out UInt256 r); return r; }, static (a, b) => a + b);

    [Fact]
    public void AddOverflow_RandomOperands_ReportsCarryOutOfBit255()
    {
        var random = new WordGenerator(102);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 a = random.Next();
            UInt256 b = random.Next();
            Assert.Equal(Big(a) + Big(b) >= Two256, UInt256.AddOverflow(a, b, out _));
            Assert.Equal(Big(a) < Big(b), UInt256.SubUnderflow(a, b, out _));
        }
    }

    [Fact]
    public void Sub_RandomOperands_MatchesBigIntegerModulo2To256() =>
        CheckBinary(103, static (a, b) => { UInt256.Sub(a, b, out UInt256 r); return r; }, static (a, b) => a - b);

    [Fact]
    public void Mul_RandomOperands_MatchesBigIntegerModulo2To256() =>
        CheckBinary(104, static (a, b) => { UInt256.Mul(a, b, out UInt256 r); return r; }, static (a, b) => a * b);

    [Fact]
    public void Div_RandomOperands_MatchesBigIntegerAndZeroForZeroDivisor() =>
        CheckBinary(105, static (a, b) => { UInt256.Div(a, b, out UInt256 r); return r; }, static (a, b) => b.IsZero ? 0 : a / b);

    [Fact]
    public void Mod_RandomOperands_MatchesBigIntegerAndZeroForZeroDivisor() =>
        CheckBinary(106, static (a, b) => { UInt256.Mod(a, b, out UInt256 r); return r; }, static (a, b) => b.IsZero ? 0 : a % b);

    /// <summary>Numerators built as q·b + r hit quotient digits right at the estimate's limits.</summary>
    [Fact]
    public void DivRem_NumeratorsNearMultiplesOfDivisor_MatchBigInteger()
    {
        var random = new WordGenerator(107);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 b = random.Next();
            UInt256 a = b * random.Next();
            a = (random.NextInt(3) - 1) switch
            {
                -1 => a - UInt256.One,
                0 => a,
                _ => a + random.Next(),
            };
            UInt256.DivRem(a, b, out UInt256 q, out UInt256 r);
            BigInteger bigA = Big(a), bigB = Big(b);
            Assert.True(q == Word(bigB.IsZero ? 0 : bigA / bigB), $"{Hex(a)} / {Hex(b)}");
            Assert.True(r == Word(bigB.IsZero ? 0 : bigA % bigB), $"{Hex(a)} % {Hex(b)}");
        }
    }

    [Fact]
    public void AddMod_RandomOperands_MatchesExact257BitSum() =>
        CheckTernary(108, static (a, b, m) => { UInt256.AddMod(a, b, m, out UInt256 r); return r; }, static (a, b, m) => m.IsZero ? 0 : (a + b) % m);

    [Fact]
    public void MulMod_RandomOperands_MatchesExact512BitProduct() =>
        CheckTernary(109, static (a, b, m) => { UInt256.MulMod(a, b, m, out UInt256 r); return r; }, static (a, b, m) => m.IsZero ? 0 : a * b % m);

    /// <summary>
    /// EXP over 100,000 cases. A full-width exponent of an odd base costs the BigInteger reference
    /// ~300 µs, so exponent sizes are weighted: 50% below 70, 40% up to 64 bits, 5% of any width and
    /// 5% from the general generator (mostly full width); bases come from the general generator.
    /// </summary>
    [Fact]
    public void Exp_RandomOperands_MatchesBigInteger() =>
        CheckBinary(
            110,
            static (a, e) => { UInt256.Exp(a, e, out UInt256 r); return r; },
            static (a, e) => ExpReference(a, e),
            second: static (random, _) => random.NextInt(20) switch
            {
                < 10 => new UInt256((ulong)random.NextInt(70)),
                < 18 => random.NextRandomLimbs() >> (192 + random.NextInt(65)),
                18 => random.NextRandomLimbs() >> random.NextInt(257),
                _ => random.Next(),
            });

    /// <summary>
    /// a^e mod 2^256 in BigInteger arithmetic, reducing by keeping the low 32 bytes (faster than
    /// <see cref="BigInteger.ModPow"/>, whose even-modulus path divides); an even base with
    /// e ≥ 256 is exactly 0 (the power holds the factor 2^e).
    /// </summary>
    private static BigInteger ExpReference(BigInteger a, BigInteger e)
    {
        if (e.IsZero)
        {
            return BigInteger.One;
        }

        if (a.IsEven && e >= 256)
        {
            return BigInteger.Zero;
        }

        byte[] bits = e.ToByteArray(isUnsigned: true);
        long length = e.GetBitLength();
        BigInteger result = BigInteger.One, power = a;
        for (int i = 0; i < length; i++)
        {
            if (((bits[i >> 3] >> (i & 7)) & 1) != 0)
            {
                result = Low256(result * power);
            }

            if (i + 1 < length)
            {
                power = Low256(power * power);
            }
        }

        return result;
    }

    private static BigInteger Low256(BigInteger x)
    {
        Span<byte> bytes = stackalloc byte[64];
        x.TryWriteBytes(bytes, out int written, isUnsigned: true);
        return new BigInteger(bytes[..Math.Min(written, 32)], isUnsigned: true);
    }

    [Fact]
    public void ExpReference_AgreesWithModPow()
    {
        var random = new WordGenerator(115);
        for (int i = 0; i < 200; i++)
        {
            BigInteger a = Big(random.Next()), e = Big(random.Next());
            Assert.Equal(BigInteger.ModPow(a, e, Two256), ExpReference(a, e));
        }
    }

    [Theory]
    [InlineData("0", "0", "1")]
    [InlineData("0", "5", "0")]
    [InlineData("1", "0x" + "ff", "1")]
    [InlineData("2", "255", "0x8000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("2", "256", "0")]
    [InlineData("3", "3", "27")]
    [InlineData("0x" + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "2", "1")]
    [InlineData("0x" + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "3", "0x" + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("10", "77", "100000000000000000000000000000000000000000000000000000000000000000000000000000")]
    public void Exp_KnownValues(string b, string e, string expected)
    {
        UInt256.Exp(W(b), W(e), out UInt256 r);
        Assert.Equal(W(expected), r);
    }

    [Fact]
    public void DivisionByZero_AllOperations_GiveZero()
    {
        UInt256 x = UInt256.MaxValue;
        UInt256.Div(x, UInt256.Zero, out UInt256 d);
        UInt256.Mod(x, UInt256.Zero, out UInt256 m);
        UInt256.AddMod(x, x, UInt256.Zero, out UInt256 am);
        UInt256.MulMod(x, x, UInt256.Zero, out UInt256 mm);
        UInt256.SDiv(x, UInt256.Zero, out UInt256 sd);
        UInt256.SMod(x, UInt256.Zero, out UInt256 sm);
        Assert.All(new[] { d, m, am, mm, sd, sm, x / UInt256.Zero, x % UInt256.Zero }, v => Assert.True(v.IsZero));
    }

    [Fact]
    public void ModularOperations_ExtremeOperands_AreExact()
    {
        UInt256 max = UInt256.MaxValue;
        UInt256.AddMod(max, max, max, out UInt256 r);
        Assert.Equal(UInt256.Zero, r);
        UInt256.AddMod(max, UInt256.One, (UInt256)10, out r);
        Assert.Equal(Word((Big(max) + 1) % 10), r);
        UInt256.MulMod(max, max, max - UInt256.One, out r);
        Assert.Equal(UInt256.One, r);
        UInt256.MulMod(max, max, (UInt256)12, out r);
        Assert.Equal(Word(Big(max) * Big(max) % 12), r);
        UInt256.MulMod(UInt256.One << 255, (UInt256)2, max, out r);
        Assert.Equal(UInt256.One, r);
    }

    /// <summary>Knuth's add-back step (D6) is rare; these divisions need it or the overflowing digit.</summary>
    [Theory]
    [InlineData("0x7fffffffffffffff800000000000000000000000000000000000000000000000", "0x800000000000000000000000000000000000000000000001")]
    [InlineData("0x8000000000000000fffffffffffffffe00000000000000000000000000000000", "0x8000000000000000ffffffffffffffff0000000000000001")]
    [InlineData("0xffffffffffffffffffffffffffffffff00000000000000000000000000000000", "0xffffffffffffffffffffffffffffffff0000000000000001")]
    [InlineData("0xfffffffffffffffffffffffffffffffeffffffffffffffff0000000000000000", "0xffffffffffffffffffffffffffffffff")]
    [InlineData("0x0000000000000001000000000000000000000000000000000000000000000000", "0x0000000000000000000000000000000100000000000000000000000000000001")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x0000000000000000000000000000000000000000000000000000000000000003")]
    public void DivRem_HardCases_MatchBigInteger(string numerator, string divisor)
    {
        UInt256 a = W(numerator), b = W(divisor);
        UInt256.DivRem(a, b, out UInt256 q, out UInt256 r);
        Assert.Equal(Word(Big(a) / Big(b)), q);
        Assert.Equal(Word(Big(a) % Big(b)), r);
    }

    [Fact]
    public void Operations_ResultAliasesOperand_SameAsSeparateResult()
    {
        var random = new WordGenerator(111);
        for (int i = 0; i < 500; i++)
        {
            UInt256 a = random.Next(), b = random.Next(), m = random.Next();
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Add(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Sub(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Mul(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Div(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Mod(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Exp(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.SDiv(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.SMod(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.And(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Or(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Xor(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Shl(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Shr(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Sar(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.Byte(x, y, out r));
            AssertAliasSafe(a, b, static (in UInt256 x, in UInt256 y, out UInt256 r) => UInt256.SignExtend(x, y, out r));

            UInt256.MulMod(a, b, m, out UInt256 expected);
            UInt256 alias = m;
            UInt256.MulMod(a, b, alias, out alias);
            Assert.Equal(expected, alias);
            UInt256.AddMod(a, b, m, out expected);
            alias = m;
            UInt256.AddMod(a, b, alias, out alias);
            Assert.Equal(expected, alias);
        }
    }

    private delegate void BinaryOp(in UInt256 a, in UInt256 b, out UInt256 result);

    private static void AssertAliasSafe(UInt256 a, UInt256 b, BinaryOp op)
    {
        op(a, b, out UInt256 expected);
        UInt256 first = a;
        op(first, b, out first);
        UInt256 second = b;
        op(a, second, out second);
        UInt256 both = a;
        op(both, both, out both);
        op(a, a, out UInt256 bothExpected);
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(bothExpected, both);
    }

    [Fact]
    public void Operators_MatchStaticMethods()
    {
        var random = new WordGenerator(112);
        for (int i = 0; i < 1_000; i++)
        {
            UInt256 a = random.Next(), b = random.Next();
            UInt256.Add(a, b, out UInt256 sum);
            UInt256.Sub(a, b, out UInt256 difference);
            UInt256.Mul(a, b, out UInt256 product);
            UInt256.Div(a, b, out UInt256 quotient);
            UInt256.Mod(a, b, out UInt256 remainder);
            UInt256.Negate(a, out UInt256 negated);
            Assert.Equal(sum, a + b);
            Assert.Equal(difference, a - b);
            Assert.Equal(product, a * b);
            Assert.Equal(quotient, a / b);
            Assert.Equal(remainder, a % b);
            Assert.Equal(negated, -a);
            Assert.Equal(Word(-Big(a)), -a);
        }
    }

    [Fact]
    public void Reciprocal2By1_RandomNormalizedDivisors_MatchesUInt128Division()
    {
        var random = new WordGenerator(113);
        for (int i = 0; i < Cases; i++)
        {
            ulong d = (i % 3) switch
            {
                0 => random.NextLimb() | (1UL << 63),
                1 => (1UL << 63) + (ulong)i,
                _ => ulong.MaxValue - (ulong)i,
            };
            ulong expected = (ulong)(UInt128.MaxValue / d);
            Assert.Equal(expected, DivisionPrimitives.Reciprocal2By1(d));
        }
    }

    [Fact]
    public void Reciprocal3By2_RandomNormalizedDivisors_MatchesBigInteger()
    {
        var random = new WordGenerator(114);
        BigInteger beta = BigInteger.One << 64;
        BigInteger betaCubedMinusOne = (BigInteger.One << 192) - 1;
        for (int i = 0; i < Cases; i++)
        {
            ulong d1 = (i % 2 == 0 ? random.NextLimb() : ulong.MaxValue - (ulong)random.NextInt(3)) | (1UL << 63);
            ulong d0 = (i % 4) switch
            {
                0 => 0,
                1 => ulong.MaxValue - (ulong)random.NextInt(3),
                _ => random.NextLimb(),
            };
            var expected = (ulong)((betaCubedMinusOne / ((d1 * beta) + d0)) - beta);
            Assert.Equal(expected, DivisionPrimitives.Reciprocal3By2(d1, d0));
        }
    }
}
