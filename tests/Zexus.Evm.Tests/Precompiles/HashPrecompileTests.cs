using System.Text;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>SHA-256 (0x02), RIPEMD-160 (0x03) and IDENTITY (0x04): outputs and per-word gas.</summary>
public class HashPrecompileTests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Sha256_Run_ReturnsDigest(string message, string expected) =>
        Assert.Equal(expected, Hex.ToHex(Sha256Precompile.Instance.Run(Encoding.ASCII.GetBytes(message), Fork.Cancun).Output.Span));

    [Theory]
    [InlineData("", "0000000000000000000000009c1185a5c5e9fc54612808977ee8f548b2258d31")]
    [InlineData("abc", "0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc")]
    public void Ripemd160_Run_ReturnsDigestLeftPaddedTo32Bytes(string message, string expected) =>
        Assert.Equal(expected, Hex.ToHex(Ripemd160Precompile.Instance.Run(Encoding.ASCII.GetBytes(message), Fork.Cancun).Output.Span));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public void Identity_Run_ReturnsACopyOfTheInput(int length)
    {
        byte[] input = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        PrecompileResult result = IdentityPrecompile.Instance.Run(input, Fork.Cancun);
        Assert.True(result.IsSuccess);
        Assert.Equal(input, result.Output.ToArray());
    }

    // Yellow Paper appendix E: base + per-word · ⌈len / 32⌉.
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(32, 1)]
    [InlineData(33, 2)]
    [InlineData(64, 2)]
    [InlineData(1000, 32)]
    public void Gas_IsBasePlusPerWord(int length, int words)
    {
        var input = new byte[length];
        Assert.Equal(60 + (12 * words), Sha256Precompile.Instance.Gas(input, Fork.Frontier));
        Assert.Equal(600 + (120 * words), Ripemd160Precompile.Instance.Gas(input, Fork.Frontier));
        Assert.Equal(15 + (3 * words), IdentityPrecompile.Instance.Gas(input, Fork.Frontier));
    }

    [Fact]
    public void Addresses_AreTwoThreeFour()
    {
        Assert.Equal("0x0000000000000000000000000000000000000002", Sha256Precompile.Instance.Address.ToString());
        Assert.Equal("0x0000000000000000000000000000000000000003", Ripemd160Precompile.Instance.Address.ToString());
        Assert.Equal("0x0000000000000000000000000000000000000004", IdentityPrecompile.Instance.Address.ToString());
    }
}
