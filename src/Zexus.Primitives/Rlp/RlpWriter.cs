namespace Zexus.Primitives;

/// <summary>
/// Writes RLP (Yellow Paper appendix B) into a caller-sized buffer without allocating. Size the
/// buffer with the <c>Rlp.LengthOf…</c> functions, then write each item; a list is its header
/// (<see cref="WriteListHeader"/>, given the total encoded length of its items) followed by its
/// items.
/// </summary>
public ref struct RlpWriter
{
    private readonly Span<byte> _buffer;
    private int _position;

    /// <summary>Creates a writer that fills <paramref name="destination"/> from its start.</summary>
    public RlpWriter(Span<byte> destination)
    {
        _buffer = destination;
        _position = 0;
    }

    /// <summary>The number of bytes written so far.</summary>
    public readonly int Position => _position;

    /// <summary>The bytes written so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer[.._position];

    /// <summary>Writes the byte string <paramref name="value"/> (R_b of appendix B).</summary>
    public void WriteBytes(scoped ReadOnlySpan<byte> value)
    {
        if (value.Length == 1 && value[0] < 0x80)
        {
            Reserve(1)[0] = value[0];
            return;
        }

        WriteHeader(Rlp.EmptyString, value.Length);
        value.CopyTo(Reserve(value.Length));
    }

    /// <summary>Writes the scalar <paramref name="value"/> as its minimal big-endian byte string.</summary>
    public void WriteULong(ulong value)
    {
        if (value < 0x80)
        {
            Reserve(1)[0] = value == 0 ? Rlp.EmptyString : (byte)value;
            return;
        }

        int count = Rlp.ByteCount(value);
        Reserve(1)[0] = (byte)(Rlp.EmptyString + count);
        Rlp.WriteBigEndian(Reserve(count), value);
    }

    /// <summary>Writes the scalar with big-endian bytes <paramref name="bigEndian"/>, dropping leading zeros.</summary>
    public void WriteUInt(scoped ReadOnlySpan<byte> bigEndian) => WriteBytes(Rlp.TrimLeadingZeros(bigEndian));

    /// <summary>Writes the header of a list whose items encode to <paramref name="payloadLength"/> bytes (R_l of appendix B).</summary>
    public void WriteListHeader(int payloadLength) => WriteHeader(Rlp.EmptyList, payloadLength);

    /// <summary>Copies <paramref name="encodedItem"/>, which must already be RLP, as the next item.</summary>
    public void WriteEncoded(scoped ReadOnlySpan<byte> encodedItem) => encodedItem.CopyTo(Reserve(encodedItem.Length));

    private void WriteHeader(byte baseByte, int payloadLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(payloadLength);
        if (payloadLength < Rlp.ShortLengthLimit)
        {
            Reserve(1)[0] = (byte)(baseByte + payloadLength);
            return;
        }

        // 0xB7 / 0xF7 plus the number of length bytes.
        int count = Rlp.ByteCount((ulong)payloadLength);
        Reserve(1)[0] = (byte)(baseByte + Rlp.ShortLengthLimit - 1 + count);
        Rlp.WriteBigEndian(Reserve(count), (ulong)payloadLength);
    }

    private Span<byte> Reserve(int count)
    {
        if (count > _buffer.Length - _position)
        {
            ThrowTooSmall(count);
        }

        var span = _buffer.Slice(_position, count);
        _position += count;
        return span;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private readonly void ThrowTooSmall(int count) =>
        throw new InvalidOperationException(
            $"RLP buffer too small: {count} more bytes needed at offset {_position} of {_buffer.Length}.");
}
