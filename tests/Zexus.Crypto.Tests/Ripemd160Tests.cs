using System.Text;
using Zexus.Primitives;

namespace Zexus.Crypto.Tests;

public class Ripemd160Tests
{
    // The test vectors of the RIPEMD-160 paper (Dobbertin, Bosselaers, Preneel, 1996), appendix B.
    [Theory]
    [InlineData("", "9c1185a5c5e9fc54612808977ee8f548b2258d31")]
    [InlineData("a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe")]
    [InlineData("abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc")]
    [InlineData("message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "12a053384a9c0c88e405a06c27dcf49ada62eb2b")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "b0e20b6e3116640286ed3a87a5713079b21f5189")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "9b752e45573d4b39f4dbd3323cab82bf63326bfb")]
    public void Hash_PaperVector_Matches(string message, string expected) =>
        Assert.Equal(expected, Hex.ToHex(Ripemd160.Hash(Encoding.ASCII.GetBytes(message))));

    [Fact]
    public void Hash_MillionA_MatchesPaperVector() =>
        Assert.Equal("52783243c1697bdbe16d37f97f68f08325dc1528", Hex.ToHex(Ripemd160.Hash(Enumerable.Repeat((byte)'a', 1_000_000).ToArray())));

    [Fact]
    public void Hash_ShortDestination_Throws() =>
        Assert.Throws<ArgumentException>(() => Ripemd160.Hash([1, 2, 3], new byte[19]));
}
