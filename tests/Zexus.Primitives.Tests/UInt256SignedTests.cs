using System.Numerics;
using Zexus.Primitives;
using static Zexus.Primitives.Tests.Reference;

namespace Zexus.Primitives.Tests;

/// <summary>SDIV, SMOD, SLT, SGT, SAR and SIGNEXTEND: two's-complement readings of the word.</summary>
public class UInt256SignedTests
{
    private static UInt256 W(string hexOrDecimal) => UInt256.Parse(hexOrDecimal);

    private static UInt256 Neg(ulong magnitude) => -new UInt256(magnitude);

    [Fact]
    public void SDiv_RandomOperands_TruncatesTowardZero() =>
        CheckBinary(201, static (a, b) => { UInt256.SDiv(a, b, out UInt256 r); return r; }, static (a, b) => b.IsZero ? 0 : BigInteger.Divide(Signed(a), Signed(b)));

    [Fact]
    public void SMod_RandomOperands_TakesSignOfDividend() =>
        CheckBinary(202, static (a, b) => { UInt256.SMod(a, b, out UInt256 r); return r; }, static (a, b) => b.IsZero ? 0 : BigInteger.Remainder(Signed(a), Signed(b)));

    [Fact]
    public void Slt_RandomOperands_MatchesSignedComparison() =>
        CheckPredicate(203, static (a, b) => Signed(a) < Signed(b), static (a, b) => UInt256.Slt(a, b));

    [Fact]
    public void Sgt_RandomOperands_MatchesSignedComparison() =>
        CheckPredicate(204, static (a, b) => Signed(a) > Signed(b), static (a, b) => UInt256.Sgt(a, b));

    [Fact]
    public void Sar_RandomOperands_RoundsTowardNegativeInfinity() =>
        CheckBinary(
            205,
            static (s, x) => { UInt256.Sar(s, x, out UInt256 r); return r; },
            static (s, x) => s >= 256 ? (Signed(x).Sign < 0 ? -1 : 0) : Signed(x) >> (int)s,
            first: static random => random.NextSmallOperand(300));

    [Fact]
    public void SignExtend_RandomOperands_CopiesBitOfByteB() =>
        CheckBinary(
            206,
            static (b, x) => { UInt256.SignExtend(b, x, out UInt256 r); return r; },
            static (b, x) =>
            {
                if (b >= 31)
                {
                    return x;
                }

                int bits = 8 * ((int)b + 1);
                BigInteger low = x & ((BigInteger.One << bits) - 1);
                return low.IsZero || low < (BigInteger.One << (bits - 1)) ? low : low - (BigInteger.One << bits);
            },
            first: static random => random.NextSmallOperand(40));

    [Fact]
    public void SDiv_MinValueByMinusOne_IsMinValue()
    {
        UInt256 min = UInt256.One << 255;
        UInt256.SDiv(min, UInt256.MaxValue, out UInt256 r);
        Assert.Equal(min, r);
        UInt256.SMod(min, UInt256.MaxValue, out r);
        Assert.Equal(UInt256.Zero, r);
    }

    [Theory]
    [InlineData(-8, -3, 2, -2)]
    [InlineData(8, -3, -2, 2)]
    [InlineData(-8, 3, -2, -2)]
    [InlineData(-7, 7, -1, 0)]
    [InlineData(7, -8, 0, 7)]
    public void SDivSMod_SmallSignedValues(long a, long b, long quotient, long remainder)
    {
        UInt256.SDiv(Word(a), Word(b), out UInt256 q);
        UInt256.SMod(Word(a), Word(b), out UInt256 r);
        Assert.Equal(Word(quotient), q);
        Assert.Equal(Word(remainder), r);
    }

    /// <summary>The SAR vectors of EIP-145.</summary>
    [Theory]
    [InlineData("0x01", "0x00", "0x01")]
    [InlineData("0x01", "0x01", "0x00")]
    [InlineData("0x8000000000000000000000000000000000000000000000000000000000000000", "0x01", "0xc000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0x8000000000000000000000000000000000000000000000000000000000000000", "0xff", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0x8000000000000000000000000000000000000000000000000000000000000000", "0x0100", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0x8000000000000000000000000000000000000000000000000000000000000000", "0x0101", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x00", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x01", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xff", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x0100", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0x00", "0x01", "0x00")]
    [InlineData("0x4000000000000000000000000000000000000000000000000000000000000000", "0xfe", "0x01")]
    [InlineData("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xf8", "0x7f")]
    [InlineData("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xfe", "0x01")]
    [InlineData("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xff", "0x00")]
    [InlineData("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x0100", "0x00")]
    public void Sar_Eip145Vectors(string value, string shift, string expected)
    {
        UInt256.Sar(W(shift), W(value), out UInt256 r);
        Assert.Equal(W(expected), r);
    }

    [Theory]
    [InlineData("0", "0xff", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0", "0x7f", "0x7f")]
    [InlineData("0", "0x1280", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80")]
    [InlineData("1", "0x8000", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8000")]
    [InlineData("7", "0x80ffffffffffffff", "0xffffffffffffffffffffffffffffffffffffffffffffffff80ffffffffffffff")]
    [InlineData("8", "0x80ffffffffffffff", "0x80ffffffffffffff")]
    [InlineData("30", "0x0080000000000000000000000000000000000000000000000000000000000000", "0xff80000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("31", "0x0080000000000000000000000000000000000000000000000000000000000000", "0x0080000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0x" + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x80", "0x80")]
    public void SignExtend_KnownValues(string b, string x, string expected)
    {
        UInt256.SignExtend(W(b), W(x), out UInt256 r);
        Assert.Equal(W(expected), r);
    }

    [Fact]
    public void Slt_SignBoundary()
    {
        UInt256 min = UInt256.One << 255;
        UInt256 max = min - UInt256.One;
        Assert.True(UInt256.Slt(min, max));
        Assert.True(UInt256.Slt(Neg(1), UInt256.Zero));
        Assert.False(UInt256.Slt(UInt256.Zero, Neg(1)));
        Assert.True(UInt256.Sgt(UInt256.One, Neg(1)));
        Assert.False(UInt256.Slt(Neg(5), Neg(5)));
        Assert.True(UInt256.Slt(Neg(6), Neg(5)));
    }
}
