using System.Numerics;
using Zexus.Crypto.ModExp;

namespace Zexus.Crypto.Tests;

public class ModularExponentiationTests
{
    private static byte[] Pow(byte[] b, byte[] e, byte[] m)
    {
        var result = new byte[m.Length];
        ModularExponentiation.Pow(b, e, m, result);
        return result;
    }

    private static byte[] Expected(byte[] b, byte[] e, byte[] m)
    {
        var result = new byte[m.Length];
        var modulus = new BigInteger(m, isUnsigned: true, isBigEndian: true);
        if (modulus.IsZero)
        {
            return result;
        }

        BigInteger value = BigInteger.ModPow(new BigInteger(b, isUnsigned: true, isBigEndian: true), new BigInteger(e, isUnsigned: true, isBigEndian: true), modulus);
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        bytes.CopyTo(result, result.Length - bytes.Length);
        return result;
    }

    [Fact]
    public void Pow_RandomOperands_MatchesBigIntegerModPow()
    {
        var random = new Random(1234);
        for (int i = 0; i < 600; i++)
        {
            byte[] b = RandomBytes(random, random.Next(0, 80));
            byte[] e = RandomBytes(random, random.Next(0, i % 10 == 0 ? 100 : 12));
            byte[] m = RandomBytes(random, random.Next(1, 80));
            if (i % 3 == 0)
            {
                m[^1] &= 0xFE; // even moduli take the other path
            }

            Assert.Equal(Expected(b, e, m), Pow(b, e, m));
        }
    }

    [Fact]
    public void Pow_LargeOddModulus_MatchesBigIntegerModPow()
    {
        var random = new Random(99);
        byte[] m = RandomBytes(random, 512);
        m[^1] |= 1;
        m[0] |= 0x80;
        byte[] b = RandomBytes(random, 600); // longer than the modulus: reduced first
        byte[] e = RandomBytes(random, 64);
        Assert.Equal(Expected(b, e, m), Pow(b, e, m));
    }

    [Theory]
    [InlineData("", "", "05", "01")]          // 0^0 = 1
    [InlineData("07", "", "05", "01")]        // x^0 = 1
    [InlineData("", "03", "05", "00")]        // 0^e = 0
    [InlineData("07", "03", "", "")]          // empty modulus: nothing to write
    [InlineData("07", "03", "0000", "0000")]  // zero modulus gives zeros
    [InlineData("07", "03", "0001", "0000")]  // modulus 1
    [InlineData("03", "02", "0008", "0001")]  // power of two modulus
    [InlineData("ff", "ff", "00fb", "0014")]  // leading zero in the modulus
    public void Pow_EdgeCases_MatchOracle(string b, string e, string m, string expected)
    {
        byte[] result = Pow(Convert.FromHexString(b), Convert.FromHexString(e), Convert.FromHexString(m));
        Assert.Equal(expected, Convert.ToHexStringLower(result));
        Assert.Equal(Expected(Convert.FromHexString(b), Convert.FromHexString(e), Convert.FromHexString(m)), result);
    }

    [Fact]
    public void Pow_ModuliWithAllOnesLimbs_MatchBigIntegerModPow()
    {
        // Moduli just below a power of 2⁶⁴ drive the Montgomery carries to their limits
        // (Fermat on the secp256k1 prime: 3^(p−1) = 1).
        byte[] p = Convert.FromHexString("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");
        byte[] pMinus1 = Convert.FromHexString("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e");
        Assert.Equal(Expected([3], pMinus1, p), Pow([3], pMinus1, p));
        Assert.Equal(1, Pow([3], pMinus1, p)[^1]);

        var random = new Random(4321);
        for (int i = 0; i < 200; i++)
        {
            byte[] m = RandomBytes(random, 8 * random.Next(1, 9));
            m.AsSpan(0, m.Length - random.Next(1, 4)).Fill(0xFF);
            m[^1] |= 1;
            byte[] b = RandomBytes(random, m.Length);
            b.AsSpan(0, b.Length / 2).Fill(0xFF);
            byte[] e = RandomBytes(random, random.Next(1, 40));
            Assert.Equal(Expected(b, e, m), Pow(b, e, m));
        }
    }

    [Fact]
    public void Pow_EvenModuli_CrtSplitMatchesBigIntegerModPow()
    {
        // m = 2^t · q with t from 1 to past several limbs, including whole limbs of zeros and pure
        // powers of two; even and odd bases; exponents short and long.
        var random = new Random(777);
        for (int i = 0; i < 300; i++)
        {
            int t = i % 5 == 0 ? 64 * random.Next(1, 4) : random.Next(1, 200);
            BigInteger q = i % 7 == 0 ? BigInteger.One : (new BigInteger(RandomBytes(random, random.Next(1, 70)), isUnsigned: true) | BigInteger.One);
            byte[] m = (q << t).ToByteArray(isUnsigned: true, isBigEndian: true);
            byte[] b = RandomBytes(random, random.Next(0, 90));
            if (i % 4 == 0 && b.Length > 0)
            {
                b[^1] &= 0xFE;
            }

            byte[] e = RandomBytes(random, random.Next(1, i % 10 == 0 ? 64 : 6));
            Assert.Equal(Expected(b, e, m), Pow(b, e, m));
        }
    }

    [Fact]
    public void Pow_ResultShorterThanModulus_Throws() =>
        Assert.Throws<ArgumentException>(() => ModularExponentiation.Pow([2], [2], [1, 1], new byte[1]));

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
