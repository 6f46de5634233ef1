namespace Zexus.Primitives;

/// <summary>
/// An incremental Keccak sponge (FIPS 202, section 4): feed data with <see cref="Update"/> in as
/// many pieces as convenient, then take the digest with <see cref="Finish(Span{byte})"/>.
/// </summary>
/// <remarks>
/// The result equals the one-shot functions of <see cref="Keccak"/> for the concatenated input.
/// <see cref="Finish(Span{byte})"/> resets the hasher, so one instance can hash many messages.
/// Not thread-safe.
/// </remarks>
public sealed class KeccakHasher
{
    private readonly ulong[] _state = new ulong[KeccakF1600.Lanes];
    private readonly int _rateBytes;
    private readonly byte _paddingByte;
    private int _position;

    /// <summary>Creates a sponge with the given rate, first padding byte and digest length.</summary>
    /// <param name="rateBytes">The rate r / 8: 136 for Keccak-256 and SHA3-256, 72 for SHA3-512.</param>
    /// <param name="paddingByte">0x01 for original Keccak, 0x06 for SHA-3 (FIPS 202, section 6.1).</param>
    /// <param name="outputLength">The digest length d / 8 in bytes.</param>
    public KeccakHasher(int rateBytes, byte paddingByte, int outputLength)
    {
        KeccakSponge.ValidateRate(rateBytes);
        if (paddingByte == 0 || paddingByte >= 0x80)
        {
            throw new ArgumentOutOfRangeException(nameof(paddingByte), paddingByte,
                "The padding byte must hold the domain bits and the first pad bit, below 0x80.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputLength);
        _rateBytes = rateBytes;
        _paddingByte = paddingByte;
        OutputLength = outputLength;
    }

    /// <summary>The digest length in bytes.</summary>
    public int OutputLength { get; }

    /// <summary>A hasher for Keccak-256 as Ethereum uses it (rate 136, padding 0x01, 32 bytes).</summary>
    public static KeccakHasher CreateKeccak256() =>
        new(Keccak.Rate256, KeccakSponge.KeccakPadding, 32);

    /// <summary>A hasher for FIPS 202 SHA3-256 (rate 136, padding 0x06, 32 bytes).</summary>
    public static KeccakHasher CreateSha3_256() =>
        new(Keccak.Rate256, KeccakSponge.Sha3Padding, 32);

    /// <summary>A hasher for FIPS 202 SHA3-512 (rate 72, padding 0x06, 64 bytes).</summary>
    public static KeccakHasher CreateSha3_512() =>
        new(Keccak.Rate512, KeccakSponge.Sha3Padding, 64);

    /// <summary>Absorbs more input.</summary>
    public void Update(ReadOnlySpan<byte> data) =>
        _position = KeccakSponge.Absorb(_state, _position, data, _rateBytes);

    /// <summary>
    /// Writes the digest of everything absorbed since the last reset into
    /// <paramref name="output"/> (at least <see cref="OutputLength"/> bytes; exactly that many are
    /// written), then resets the hasher.
    /// </summary>
    public void Finish(Span<byte> output)
    {
        if (output.Length < OutputLength)
        {
            throw new ArgumentException($"The output needs {OutputLength} bytes.", nameof(output));
        }

        KeccakSponge.Finish(_state, _position, _rateBytes, _paddingByte, output[..OutputLength]);
        Reset();
    }

    /// <summary>Returns the digest of everything absorbed since the last reset, then resets.</summary>
    public byte[] Finish()
    {
        var digest = new byte[OutputLength];
        Finish(digest);
        return digest;
    }

    /// <summary>Forgets all input, returning to the empty state.</summary>
    public void Reset()
    {
        Array.Clear(_state);
        _position = 0;
    }
}
