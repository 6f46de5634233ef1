using System.Buffers;
using System.Buffers.Binary;
using System.Text.Unicode;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Blockchain;

/// <summary>
/// The byte sink behind <see cref="CanonicalEncoding"/>: big-endian length prefixes, strings as
/// UTF-8, and a hard size limit so that hashing a huge (or exponentially shared) value stops with a
/// Zexus error instead of exhausting memory.
/// </summary>
internal sealed class CanonicalWriter(int maxBytes)
{
    private const int ChunkBytes = 1 << 20;

    private byte[] _buffer = new byte[256];
    private int _length;

    public void WriteByte(byte value)
    {
        CheckLimit(_length + 1L);
        Reserve(1)[0] = value;
        _length += 1;
    }

    /// <summary>A 32-bit unsigned big-endian integer: every length and element count.</summary>
    public void WriteUInt32(int value)
    {
        CheckLimit(_length + 4L);
        BinaryPrimitives.WriteUInt32BigEndian(Reserve(4), (uint)value);
        _length += 4;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        CheckLimit((long)_length + bytes.Length);
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    /// <summary>
    /// u32 byte length ‖ UTF-8. A lone surrogate (which Zexus strings may hold, see CodePoints) is
    /// written as the three-byte generalized UTF-8 form of its code unit (WTF-8) rather than
    /// replaced by U+FFFD, so two different strings never share an encoding.
    /// </summary>
    public void WriteString(string text)
    {
        // Every UTF-16 code unit takes at least one byte, so an oversized string is refused before
        // it is transcoded; the exact size is checked once it is known.
        CheckLimit((long)_length + 4 + text.Length);
        var lengthAt = _length;
        WriteUInt32(0);
        var start = _length;
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            // 3 bytes per UTF-16 code unit is the UTF-8 worst case (a pair takes 4 bytes for 2 units);
            // long strings go in chunks, and DestinationTooSmall simply takes another turn.
            var destination = Reserve((int)Math.Min(rest.Length * 3L, ChunkBytes));
            var status = Utf8.FromUtf16(rest, destination, out var read, out var written, replaceInvalidSequences: false);
            _length += written;
            rest = rest[read..];
            if (status == OperationStatus.InvalidData)
            {
                WriteLoneSurrogate(rest[0]);
                rest = rest[1..];
            }
        }

        CheckLimit(_length);
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(lengthAt, 4), (uint)(_length - start));
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    private void WriteLoneSurrogate(char c)
    {
        CheckLimit(_length + 3L);
        var span = Reserve(3);
        span[0] = (byte)(0xE0 | (c >> 12));
        span[1] = (byte)(0x80 | ((c >> 6) & 0x3F));
        span[2] = (byte)(0x80 | (c & 0x3F));
        _length += 3;
    }

    /// <summary>Room for <paramref name="count"/> more bytes; the limit is checked by the callers' writes.</summary>
    private Span<byte> Reserve(int count)
    {
        var needed = (long)_length + count;
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Max(needed, Math.Min((long)_buffer.Length * 2, Array.MaxLength)));
        }

        return _buffer.AsSpan(_length, count);
    }

    private void CheckLimit(long length)
    {
        if (length > maxBytes)
        {
            throw new ZexusError(CanonicalEncoding.TooLargeMessage);
        }
    }
}
