using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>BLAKE2F (0x09) with the test vectors of EIP-152.</summary>
public class Blake2FPrecompileTests
{
    // EIP-152 vector 4: the state of BLAKE2b-512 compressing "abc" as its final block, 12 rounds.
    private const string Vector4 = "0000000c"
        + "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b"
        + "6162630000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "03000000000000000000000000000000"
        + "01";

    private static PrecompileResult Run(string hex) => Blake2FPrecompile.Instance.Run(Convert.FromHexString(hex), Fork.Istanbul);

    [Fact]
    public void Run_Vector4_IsBlake2b512OfAbc()
    {
        PrecompileResult result = Run(Vector4);
        Assert.True(result.IsSuccess);
        Assert.Equal(
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
            Hex.ToHex(result.Output.Span));
    }

    [Fact]
    public void Run_RoundsZero_IsDefinedAndCostsNothing()
    {
        string input = "00000000" + Vector4[8..];
        PrecompileResult result = Run(input);
        Assert.True(result.IsSuccess);
        Assert.Equal(64, result.Output.Length);
        Assert.Equal(0, Blake2FPrecompile.Instance.Gas(Convert.FromHexString(input), Fork.Istanbul));
    }

    [Fact]
    public void Run_NotFinalBlock_DiffersFromFinal()
    {
        PrecompileResult final = Run(Vector4);
        PrecompileResult notFinal = Run(Vector4[..^2] + "00");
        Assert.True(notFinal.IsSuccess);
        Assert.NotEqual(final.Output.ToArray(), notFinal.Output.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(212)]
    [InlineData(214)]
    public void Run_WrongLength_Fails(int length)
    {
        var input = new byte[length];
        Assert.False(Blake2FPrecompile.Instance.Run(input, Fork.Istanbul).IsSuccess);
        Assert.Equal(0, Blake2FPrecompile.Instance.Gas(input, Fork.Istanbul));
    }

    [Theory]
    [InlineData("02")]
    [InlineData("ff")]
    public void Run_FinalFlagNotZeroOrOne_Fails(string flag)
    {
        PrecompileResult result = Run(Vector4[..^2] + flag);
        Assert.False(result.IsSuccess);
        Assert.Contains("flag", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000000c", 12)]
    [InlineData("00000001", 1)]
    [InlineData("ffffffff", 4294967295)]
    public void Gas_IsTheRoundCount(string rounds, long gas) =>
        Assert.Equal(gas, Blake2FPrecompile.Instance.Gas(Convert.FromHexString(rounds + Vector4[8..]), Fork.Istanbul));

    [Fact]
    public void Since_IsIstanbul() => Assert.Equal(Fork.Istanbul, Blake2FPrecompile.Instance.Since);
}
