using System.Buffers.Binary;

namespace Zexus.Primitives;

/// <summary>
/// The sponge construction of FIPS 202 (section 4) over <see cref="KeccakF1600"/>, parametrised by
/// the rate in bytes and the first padding byte: 0x01 for original Keccak (as Ethereum uses it) and
/// 0x06 for the FIPS 202 SHA-3 functions, whose domain bits "01" precede the pad10*1 rule
/// (FIPS 202, section 6.1 and appendix B.2).
/// </summary>
/// <remarks>
/// Input is XORed straight into the state lanes, so the sponge needs no block buffer: a position
/// counts the bytes absorbed into the current block.
/// </remarks>
internal static class KeccakSponge
{
    /// <summary>The first padding byte of original Keccak (Keccak-256 as used by Ethereum).</summary>
    public const byte KeccakPadding = 0x01;

    /// <summary>The first padding byte of SHA-3 (FIPS 202, section 6.1: M ‖ 01 then pad10*1).</summary>
    public const byte Sha3Padding = 0x06;

    /// <summary>The state size of Keccak-f[1600] in bytes (b = 1600 bits).</summary>
    public const int StateBytes = 200;

    /// <summary>Checks a rate in bytes: a whole number of lanes, below the state size.</summary>
    public static void ValidateRate(int rateBytes)
    {
        if (rateBytes <= 0 || rateBytes >= StateBytes || rateBytes % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rateBytes), rateBytes,
                "The rate must be a positive multiple of 8 bytes below 200.");
        }
    }

    /// <summary>
    /// Absorbs <paramref name="data"/> into <paramref name="state"/>, starting
    /// <paramref name="position"/> bytes into the current block; returns the new position.
    /// </summary>
    public static int Absorb(Span<ulong> state, int position, ReadOnlySpan<byte> data, int rateBytes)
    {
        while (!data.IsEmpty)
        {
            if (position == 0 && data.Length >= rateBytes)
            {
                int lanes = rateBytes >> 3;
                for (int i = 0; i < lanes; i++)
                {
                    state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i << 3, 8));
                }

                KeccakF1600.Permute(state);
                data = data[rateBytes..];
                continue;
            }

            int take = Math.Min(rateBytes - position, data.Length);
            for (int j = 0; j < take; j++)
            {
                XorByte(state, position + j, data[j]);
            }

            position += take;
            data = data[take..];
            if (position == rateBytes)
            {
                KeccakF1600.Permute(state);
                position = 0;
            }
        }

        return position;
    }

    /// <summary>
    /// Pads the current block (padding byte, zeros, final bit 0x80 in the last byte of the block),
    /// permutes and squeezes <paramref name="output"/>.Length bytes.
    /// </summary>
    public static void Finish(Span<ulong> state, int position, int rateBytes, byte paddingByte, Span<byte> output)
    {
        XorByte(state, position, paddingByte);
        XorByte(state, rateBytes - 1, 0x80);
        KeccakF1600.Permute(state);

        while (true)
        {
            int take = Math.Min(rateBytes, output.Length);
            int whole = take >> 3;
            for (int i = 0; i < whole; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(output.Slice(i << 3, 8), state[i]);
            }

            for (int j = whole << 3; j < take; j++)
            {
                output[j] = (byte)(state[j >> 3] >> ((j & 7) << 3));
            }

            output = output[take..];
            if (output.IsEmpty)
            {
                return;
            }

            KeccakF1600.Permute(state);
        }
    }

    /// <summary>One-shot hash: absorbs, pads and squeezes with a stack-allocated state.</summary>
    public static void Hash(ReadOnlySpan<byte> data, int rateBytes, byte paddingByte, Span<byte> output)
    {
        Span<ulong> state = stackalloc ulong[KeccakF1600.Lanes];
        int position = Absorb(state, 0, data, rateBytes);
        Finish(state, position, rateBytes, paddingByte, output);
    }

    private static void XorByte(Span<ulong> state, int index, byte value) =>
        state[index >> 3] ^= (ulong)value << ((index & 7) << 3);
}
