using Zexus.Crypto;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Precompiles;

public class EcRecoverPrecompileTests
{
    private const string Order = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    private static readonly EcRecoverPrecompile Precompile = EcRecoverPrecompile.Instance;

    /// <summary>h ‖ v ‖ r ‖ s for a signature of <paramref name="hash"/> by <paramref name="key"/>.</summary>
    private static byte[] Input(byte[] hash, byte[] key)
    {
        byte[] signature = Secp256k1.SignRecoverable(hash, key, out int recoveryId);
        var input = new byte[128];
        hash.CopyTo(input, 0);
        input[63] = (byte)(27 + recoveryId);
        signature.CopyTo(input, 64);
        return input;
    }

    private static byte[] Run(byte[] input)
    {
        PrecompileResult result = Precompile.Run(input, Fork.Cancun);
        Assert.True(result.IsSuccess);
        return result.Output.ToArray();
    }

    [Fact]
    public void Run_KeyOneSignature_ReturnsItsWellKnownAddress()
    {
        var key = new byte[32];
        key[31] = 1;
        byte[] output = Run(Input(Keccak.Keccak256("zexus"u8), key));
        Assert.Equal("0000000000000000000000007e5f4552091a69125d5dfcb7b8c2659029395bdf", Hex.ToHex(output));
    }

    [Fact]
    public void Run_RandomKeys_RecoversTheSignersAddress()
    {
        var random = new Random(77);
        for (int i = 0; i < 40; i++)
        {
            var key = new byte[32];
            do
            {
                random.NextBytes(key);
            }
            while (!Secp256k1.IsValidPrivateKey(key));

            var hash = new byte[32];
            random.NextBytes(hash);
            Assert.True(Secp256k1.TryDeriveAddress(Secp256k1.PublicKeyFromPrivate(key), out byte[] address));
            byte[] output = Run(Input(hash, key));
            Assert.Equal(new byte[12], output[..12]);
            Assert.Equal(address, output[12..]);
        }
    }

    [Fact]
    public void Run_HighS_IsAccepted()
    {
        var key = new byte[32];
        key[31] = 9;
        byte[] input = Input(Keccak.Keccak256("high s"u8), key);
        byte[] expected = Run(input);

        var n = new System.Numerics.BigInteger(Convert.FromHexString(Order), isUnsigned: true, isBigEndian: true);
        var s = new System.Numerics.BigInteger(input.AsSpan(96, 32), isUnsigned: true, isBigEndian: true);
        byte[] high = (n - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        input.AsSpan(96).Clear();
        high.CopyTo(input.AsSpan(128 - high.Length));
        input[63] = (byte)(27 + 28 - input[63]);

        Assert.Equal(expected, Run(input));
    }

    [Fact]
    public void Run_ExtraInputBeyond128Bytes_IsIgnored()
    {
        var key = new byte[32];
        key[31] = 3;
        byte[] input = Input(Keccak.Keccak256("long"u8), key);
        Assert.Equal(Run(input), Run([.. input, 1, 2, 3]));
    }

    public static TheoryData<string, Action<byte[]>> Malformed => new()
    {
        { "v = 29", input => input[63] = 29 },
        { "v = 0", input => input[63] = 0 },
        { "v = 1 (raw recovery id)", input => input[63] = 1 },
        { "v with a high byte set", input => input[32] = 1 },
        { "r = 0", input => input.AsSpan(64, 32).Clear() },
        { "s = 0", input => input.AsSpan(96, 32).Clear() },
        { "s = n", input => Convert.FromHexString(Order).CopyTo(input, 96) },
        { "r = n", input => Convert.FromHexString(Order).CopyTo(input, 64) },
        { "s = 2^256 - 1", input => input.AsSpan(96, 32).Fill(0xFF) },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Run_MalformedSignature_SucceedsWithEmptyOutput(string name, Action<byte[]> corrupt)
    {
        var key = new byte[32];
        key[31] = 5;
        byte[] input = Input(Keccak.Keccak256("x"u8), key);
        corrupt(input);
        Assert.True(Run(input).Length == 0, name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]   // hash and v only: r = s = 0
    [InlineData(127)]
    public void Run_ShortOrEmptyInput_SucceedsWithEmptyOutput(int length) =>
        Assert.Empty(Run(new byte[length]));

    [Fact]
    public void Run_ShortInputThatPadsToAValidSignature_Recovers()
    {
        // The input is right-padded with zeros: a signature whose s ends in a zero byte still
        // recovers when that byte is cut off. Deterministic signatures: search messages for one.
        var key = new byte[32];
        key[31] = 7;
        byte[] input = [];
        for (int i = 0; input.Length == 0 || input[127] != 0; i++)
        {
            input = Input(Keccak.Keccak256(BitConverter.GetBytes(i)), key);
        }

        byte[] expected = Run(input);
        Assert.Equal(32, expected.Length);
        Assert.Equal(expected, Run(input[..127]));
    }

    [Fact]
    public void Gas_IsAlways3000()
    {
        Assert.Equal(3000, Precompile.Gas([], Fork.Frontier));
        Assert.Equal(3000, Precompile.Gas(new byte[1000], Fork.Prague));
        Assert.Equal(Fork.Frontier, Precompile.Since);
        Assert.Equal("0x0000000000000000000000000000000000000001", Precompile.Address.ToString());
    }
}
