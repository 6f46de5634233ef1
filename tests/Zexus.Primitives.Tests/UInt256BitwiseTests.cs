using System.Numerics;
using Zexus.Primitives;
using static Zexus.Primitives.Tests.Reference;

namespace Zexus.Primitives.Tests;

/// <summary>AND, OR, XOR, NOT, BYTE, SHL, SHR, the unsigned comparisons, ISZERO and bit counts.</summary>
public class UInt256BitwiseTests
{
    private static UInt256 W(string hexOrDecimal) => UInt256.Parse(hexOrDecimal);

    [Fact]
    public void And_RandomOperands_MatchesBigInteger() =>
        CheckBinary(301, static (a, b) => { UInt256.And(a, b, out UInt256 r); return r; }, static (a, b) => a & b);

    [Fact]
    public void Or_RandomOperands_MatchesBigInteger() =>
        CheckBinary(302, static (a, b) => { UInt256.Or(a, b, out UInt256 r); return r; }, static (a, b) => a | b);

    [Fact]
    public void Xor_RandomOperands_MatchesBigInteger() =>
        CheckBinary(303, static (a, b) => { UInt256.Xor(a, b, out UInt256 r); return r; }, static (a, b) => a ^ b);

    [Fact]
    public void Not_RandomOperands_IsMaxMinusValue() =>
        CheckUnary(304, static a => { UInt256.Not(a, out UInt256 r); return r; }, static a => Mask - a);

    [Fact]
    public void BitwiseOperators_MatchStaticMethods()
    {
        var random = new WordGenerator(305);
        for (int i = 0; i < 1_000; i++)
        {
            UInt256 a = random.Next(), b = random.Next();
            UInt256.And(a, b, out UInt256 and);
            UInt256.Or(a, b, out UInt256 or);
            UInt256.Xor(a, b, out UInt256 xor);
            UInt256.Not(a, out UInt256 not);
            Assert.Equal(and, a & b);
            Assert.Equal(or, a | b);
            Assert.Equal(xor, a ^ b);
            Assert.Equal(not, ~a);
        }
    }

    [Fact]
    public void Byte_RandomOperands_ExtractsBigEndianByte() =>
        CheckBinary(
            306,
            static (i, x) => { UInt256.Byte(i, x, out UInt256 r); return r; },
            static (i, x) => i >= 32 ? 0 : (x >> (8 * (31 - (int)i))) & 0xFF,
            first: static random => random.NextSmallOperand(40));

    [Fact]
    public void Shl_RandomOperands_MatchesBigInteger() =>
        CheckBinary(
            307,
            static (s, x) => { UInt256.Shl(s, x, out UInt256 r); return r; },
            static (s, x) => s >= 256 ? 0 : x << (int)s,
            first: static random => random.NextSmallOperand(300));

    [Fact]
    public void Shr_RandomOperands_MatchesBigInteger() =>
        CheckBinary(
            308,
            static (s, x) => { UInt256.Shr(s, x, out UInt256 r); return r; },
            static (s, x) => s >= 256 ? 0 : x >> (int)s,
            first: static random => random.NextSmallOperand(300));

    [Fact]
    public void ShiftOperators_AnyIntCount_MatchBigInteger()
    {
        var random = new WordGenerator(309);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 x = random.Next();
            int shift = random.NextInt(7) == 0 ? -random.NextInt(1000) - 1 : random.NextInt(300);
            BigInteger big = Big(x);
            Assert.Equal(Word(shift is < 0 or >= 256 ? 0 : big << shift), x << shift);
            Assert.Equal(Word(shift is < 0 or >= 256 ? 0 : big >> shift), x >> shift);
        }
    }

    /// <summary>The SHL and SHR vectors of EIP-145.</summary>
    [Theory]
    [InlineData("0x01", "0x00", "0x01", "0x01")]
    [InlineData("0x01", "0x01", "0x02", "0x00")]
    [InlineData("0x01", "0xff", "0x8000000000000000000000000000000000000000000000000000000000000000", "0x00")]
    [InlineData("0x01", "0x0100", "0x00", "0x00")]
    [InlineData("0x01", "0x0101", "0x00", "0x00")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x00", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x01", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe", "0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xff", "0x8000000000000000000000000000000000000000000000000000000000000000", "0x01")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x0100", "0x00", "0x00")]
    [InlineData("0x00", "0x01", "0x00", "0x00")]
    [InlineData("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x01", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe", "0x3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void ShlShr_Eip145Vectors(string value, string shift, string shl, string shr)
    {
        UInt256.Shl(W(shift), W(value), out UInt256 left);
        UInt256.Shr(W(shift), W(value), out UInt256 right);
        Assert.Equal(W(shl), left);
        Assert.Equal(W(shr), right);
    }

    [Fact]
    public void Shifts_HugeShiftWords_GiveZero()
    {
        var huge = new UInt256(0, 1, 0, 0);
        UInt256.Shl(huge, UInt256.MaxValue, out UInt256 left);
        UInt256.Shr(huge, UInt256.MaxValue, out UInt256 right);
        UInt256.Sar(huge, UInt256.MaxValue, out UInt256 arithmetic);
        UInt256.Byte(huge, UInt256.MaxValue, out UInt256 b);
        Assert.True(left.IsZero);
        Assert.True(right.IsZero);
        Assert.Equal(UInt256.MaxValue, arithmetic);
        Assert.True(b.IsZero);
    }

    [Fact]
    public void Lt_RandomOperands_MatchesBigInteger() =>
        CheckPredicate(
            310,
            static (a, b) => a < b,
            static (a, b) => UInt256.Lt(a, b),
            static (a, b) => a < b,
            static (a, b) => !(a >= b),
            static (a, b) => a.CompareTo(b) < 0);

    [Fact]
    public void Gt_RandomOperands_MatchesBigInteger() =>
        CheckPredicate(
            311,
            static (a, b) => a > b,
            static (a, b) => UInt256.Gt(a, b),
            static (a, b) => a > b,
            static (a, b) => !(a <= b),
            static (a, b) => a.CompareTo((object)b) > 0);

    [Fact]
    public void Eq_RandomOperands_MatchesBigInteger() =>
        CheckPredicate(
            312,
            static (a, b) => a == b,
            static (a, b) => UInt256.Eq(a, b),
            static (a, b) => a == b,
            static (a, b) => !(a != b),
            static (a, b) => a.Equals((object)b),
            static (a, b) => a.CompareTo(b) == 0,
            static (a, b) => a == b && a.GetHashCode() == b.GetHashCode());

    [Fact]
    public void IsZero_RandomOperands_MatchesBigInteger()
    {
        CheckUnary(314, static a => UInt256.IsZeroValue(a) ? UInt256.One : UInt256.Zero, static a => a.IsZero ? 1 : 0);
        CheckUnary(314, static a => a.IsZero ? UInt256.One : UInt256.Zero, static a => a.IsZero ? 1 : 0);
    }

    [Fact]
    public void BitCounts_RandomOperands_MatchBigInteger()
    {
        var random = new WordGenerator(315);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 x = random.Next();
            long bits = Big(x).GetBitLength();
            Assert.Equal(bits, UInt256.BitLength(x));
            Assert.Equal(256 - bits, UInt256.CountLeadingZeros(x));
            Assert.Equal((bits + 7) / 8, UInt256.ByteLength(x));
        }
    }

    [Fact]
    public void BitCounts_Edges()
    {
        Assert.Equal(256, UInt256.CountLeadingZeros(UInt256.Zero));
        Assert.Equal(0, UInt256.BitLength(UInt256.Zero));
        Assert.Equal(0, UInt256.ByteLength(UInt256.Zero));
        Assert.Equal(1, UInt256.ByteLength(UInt256.One));
        Assert.Equal(1, UInt256.ByteLength((UInt256)255));
        Assert.Equal(2, UInt256.ByteLength((UInt256)256));
        Assert.Equal(32, UInt256.ByteLength(UInt256.MaxValue));
        Assert.Equal(0, UInt256.CountLeadingZeros(UInt256.One << 255));
    }
}
