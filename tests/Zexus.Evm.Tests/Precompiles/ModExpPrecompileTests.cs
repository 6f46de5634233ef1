using System.Numerics;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>MODEXP (0x05): EIP-198 semantics, and gas by EIP-198, EIP-2565 and EIP-7883.</summary>
public class ModExpPrecompileTests
{
    private const string P = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";
    private const string PMinus1 = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e";

    private static readonly ModExpPrecompile Precompile = ModExpPrecompile.Instance;

    private static string Length(BigInteger value) => value.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)[^64..];

    private static byte[] Call(int baseLength, int exponentLength, int modulusLength, string numbers) =>
        Convert.FromHexString(Length(baseLength) + Length(exponentLength) + Length(modulusLength) + numbers);

    private static byte[] Run(byte[] input, Fork fork = Fork.Cancun)
    {
        PrecompileResult result = Precompile.Run(input, fork);
        Assert.True(result.IsSuccess, result.Error);
        return result.Output.ToArray();
    }

    // EIP-198, first example: 3^(p−1) mod p = 1 (Fermat), 32 · 32 · 255 / 20 = 13056 gas.
    [Fact]
    public void Eip198Example_Fermat_ReturnsOneAndItsGas()
    {
        byte[] input = Call(1, 32, 32, "03" + PMinus1 + P);
        Assert.Equal("0000000000000000000000000000000000000000000000000000000000000001", Hex.ToHex(Run(input)));
        Assert.Equal(13056, Precompile.Gas(input, Fork.Byzantium));
        Assert.Equal(1360, Precompile.Gas(input, Fork.Berlin));   // ⌈32/8⌉² · 255 / 3
        Assert.Equal(4080, Precompile.Gas(input, Fork.Osaka));    // 16 · 255
    }

    // EIP-198, second example: a zero-length base reads as 0.
    [Fact]
    public void Eip198Example_EmptyBase_ReturnsZero()
    {
        byte[] input = Call(0, 32, 32, PMinus1 + P);
        Assert.Equal(new byte[32], Run(input));
        Assert.Equal(13056, Precompile.Gas(input, Fork.Byzantium));
    }

    // EIP-198, third example: a modulus length of 2^256 − 1 (the input ends early) costs too much to run.
    [Fact]
    public void Eip198Example_HugeModulusLength_HasHugeGasAndDoesNotAllocate()
    {
        byte[] input = Convert.FromHexString(Length(0) + Length(32) + new string('f', 64) + PMinus1 + P);
        Assert.Equal(long.MaxValue, Precompile.Gas(input, Fork.Byzantium));
        Assert.Equal(long.MaxValue, Precompile.Gas(input, Fork.Berlin));
        Assert.Equal(long.MaxValue, Precompile.Gas(input, Fork.Osaka));
        PrecompileResult result = Precompile.Run(input, Fork.Cancun);
        Assert.False(result.IsSuccess);
        Assert.Contains("not supported", result.Error, StringComparison.Ordinal);
    }

    // 64-byte base and modulus with exponent 0x010001 (highest bit 16): the nagydani-1 pow0x10001 shape.
    [Fact]
    public void Gas_64ByteOperandsExponent65537_MatchesEachFormula()
    {
        string numbers = new string('1', 128) + "010001" + new string('3', 128);
        byte[] input = Call(64, 3, 64, numbers);
        Assert.Equal(3276, Precompile.Gas(input, Fork.Byzantium));  // 64² · 16 / 20
        Assert.Equal(341, Precompile.Gas(input, Fork.Berlin));      // 8² · 16 / 3
        Assert.Equal(2048, Precompile.Gas(input, Fork.Osaka));      // 2 · 8² · 16
    }

    [Fact]
    public void Gas_Minimums_Apply()
    {
        byte[] input = Call(1, 1, 1, "020305");
        Assert.Equal(0, Precompile.Gas(input, Fork.Byzantium));  // 1 · 1 / 20
        Assert.Equal(200, Precompile.Gas(input, Fork.Berlin));
        Assert.Equal(500, Precompile.Gas(input, Fork.Osaka));
        Assert.Equal(0, Precompile.Gas([], Fork.Byzantium));
        Assert.Equal(200, Precompile.Gas([], Fork.Berlin));
    }

    [Fact]
    public void Gas_LongExponent_CountsBitsPerExtraByte()
    {
        // E = 40 bytes whose first 32 bytes are 0x01 followed by zeros: highest bit of the head is 248.
        string exponent = "01" + new string('0', 78);
        byte[] input = Call(8, 40, 8, new string('2', 16) + exponent + new string('3', 16));
        Assert.Equal(8 * 8 * ((8 * 8) + 248) / 20, Precompile.Gas(input, Fork.Byzantium));
        Assert.Equal(200, Precompile.Gas(input, Fork.Berlin)); // 1 · 312 / 3 = 104, below the minimum
        Assert.Equal(16 * ((16 * 8) + 248), Precompile.Gas(input, Fork.Osaka));
    }

    [Fact]
    public void Gas_HugeExponentLengthWithEmptyBaseAndModulus_IsTheMinimum()
    {
        // mult_complexity(0) = 0 before Osaka, so an absurd exponent length costs nothing extra.
        byte[] input = Convert.FromHexString(Length(0) + new string('f', 64) + Length(0));
        Assert.Equal(0, Precompile.Gas(input, Fork.Byzantium));
        Assert.Equal(200, Precompile.Gas(input, Fork.Berlin));
        Assert.Equal(long.MaxValue, Precompile.Gas(input, Fork.Osaka));
        Assert.Empty(Run(input));
    }

    [Fact]
    public void Run_ZeroModulusLength_ReturnsEmpty() => Assert.Empty(Run(Call(1, 1, 0, "0203")));

    [Fact]
    public void Run_ZeroModulus_ReturnsZeros() => Assert.Equal(new byte[3], Run(Call(1, 1, 3, "0203000000")));

    [Fact]
    public void Run_EmptyInput_ReturnsEmpty() => Assert.Empty(Run([]));

    [Fact]
    public void Run_InputShorterThanDeclared_IsZeroPadded()
    {
        // Modulus declared 2 bytes, only its first byte present: M = 0x0500.
        byte[] input = Call(1, 1, 2, "020305");
        Assert.Equal(Expected("02", "03", "0500"), Run(input));

        // The exponent cut short leaves the modulus absent: zeros.
        Assert.Equal(new byte[4], Run(Call(1, 4, 4, "0201")));
    }

    [Fact]
    public void Run_EvenModulusAndBaseLongerThanModulus_MatchModPow()
    {
        Assert.Equal(Expected("ffffffffffffffffff", "ffff", "0100"), Run(Call(9, 2, 2, "ffffffffffffffffffffff0100")));
        Assert.Equal(Expected("123456789abcdef0", "05", "0a"), Run(Call(8, 1, 1, "123456789abcdef0050a")));
    }

    [Fact]
    public void Run_RandomInputs_MatchBigIntegerModPow()
    {
        var random = new Random(2024);
        for (int i = 0; i < 300; i++)
        {
            int b = random.Next(0, 70), e = random.Next(0, 40), m = random.Next(0, 70);
            var numbers = new byte[b + e + m];
            random.NextBytes(numbers);
            byte[] input = Call(b, e, m, Convert.ToHexString(numbers));
            string bHex = Convert.ToHexString(numbers, 0, b), eHex = Convert.ToHexString(numbers, b, e), mHex = Convert.ToHexString(numbers, b + e, m);
            Assert.Equal(Expected(bHex, eHex, mHex), Run(input, i % 2 == 0 ? Fork.Cancun : Fork.Osaka));
        }
    }

    [Theory]
    [InlineData(1025, 1, 1)]
    [InlineData(1, 1025, 1)]
    [InlineData(1, 1, 1025)]
    public void Run_Osaka_LengthAbove1024_Fails(int b, int e, int m)
    {
        byte[] input = Call(b, e, m, new string('0', 2 * (b + e + m - 1)) + "07");
        Assert.False(Precompile.Run(input, Fork.Osaka).IsSuccess);
        Assert.True(Precompile.Run(input, Fork.Prague).IsSuccess);
    }

    [Fact]
    public void Since_IsByzantium() => Assert.Equal(Fork.Byzantium, Precompile.Since);

    private static byte[] Expected(string b, string e, string m)
    {
        byte[] modulusBytes = Convert.FromHexString(m);
        var result = new byte[modulusBytes.Length];
        var modulus = new BigInteger(modulusBytes, isUnsigned: true, isBigEndian: true);
        if (modulus.IsZero)
        {
            return result;
        }

        BigInteger value = BigInteger.ModPow(
            new BigInteger(Convert.FromHexString(b), isUnsigned: true, isBigEndian: true),
            new BigInteger(Convert.FromHexString(e), isUnsigned: true, isBigEndian: true),
            modulus);
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        bytes.CopyTo(result, result.Length - bytes.Length);
        return result;
    }
}
