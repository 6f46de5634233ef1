using System.Buffers.Binary;
using System.Numerics;

namespace Zexus.Primitives;

/// <summary>
/// Recursive Length Prefix, the serialisation of Yellow Paper appendix B: lengths of encodings
/// (so callers can size a buffer once and write with <see cref="RlpWriter"/>), one-shot encoders,
/// and whole-input validation and decoding helpers over the strict <see cref="RlpReader"/>.
/// </summary>
/// <remarks>
/// The types live in <c>Zexus.Primitives</c> rather than <c>Zexus.Primitives.Rlp</c>: a namespace
/// named like this class would shadow it in every <c>Zexus.Primitives.*</c> namespace.
/// Integers are scalars in the sense of appendix B: the shortest big-endian byte string, so zero
/// is the empty string (0x80), never 0x00.
/// </remarks>
public static class Rlp
{
    /// <summary>The encoding of the empty byte string, and of the scalar zero.</summary>
    public const byte EmptyString = 0x80;

    /// <summary>The encoding of the empty list.</summary>
    public const byte EmptyList = 0xC0;

    /// <summary>Payloads shorter than this use the one-byte header (R_b and R_l of appendix B).</summary>
    internal const int ShortLengthLimit = 56;

    /// <summary>The size of the header for a payload of <paramref name="payloadLength"/> bytes.</summary>
    public static int LengthOfHeader(int payloadLength) =>
        payloadLength < ShortLengthLimit ? 1 : 1 + ByteCount((ulong)payloadLength);

    /// <summary>The size of the encoding of the byte string <paramref name="value"/>.</summary>
    public static int LengthOfBytes(ReadOnlySpan<byte> value) =>
        value.Length == 1 && value[0] < 0x80 ? 1 : LengthOfHeader(value.Length) + value.Length;

    /// <summary>The size of the encoding of the scalar <paramref name="value"/>.</summary>
    public static int LengthOfULong(ulong value) => value < 0x80 ? 1 : 1 + ByteCount(value);

    /// <summary>
    /// The size of the encoding of the scalar whose big-endian bytes are
    /// <paramref name="bigEndian"/> (leading zero bytes are not encoded).
    /// </summary>
    public static int LengthOfUInt(ReadOnlySpan<byte> bigEndian) => LengthOfBytes(TrimLeadingZeros(bigEndian));

    /// <summary>The size of the encoding of a list whose items encode to <paramref name="payloadLength"/> bytes.</summary>
    public static int LengthOfList(int payloadLength) => LengthOfHeader(payloadLength) + payloadLength;

    /// <summary>The encoding of the byte string <paramref name="value"/>.</summary>
    public static byte[] EncodeBytes(ReadOnlySpan<byte> value)
    {
        var result = new byte[LengthOfBytes(value)];
        var writer = new RlpWriter(result);
        writer.WriteBytes(value);
        return result;
    }

    /// <summary>The encoding of the scalar <paramref name="value"/>.</summary>
    public static byte[] EncodeULong(ulong value)
    {
        var result = new byte[LengthOfULong(value)];
        var writer = new RlpWriter(result);
        writer.WriteULong(value);
        return result;
    }

    /// <summary>The encoding of the scalar with big-endian bytes <paramref name="bigEndian"/>.</summary>
    public static byte[] EncodeUInt(ReadOnlySpan<byte> bigEndian)
    {
        var result = new byte[LengthOfUInt(bigEndian)];
        var writer = new RlpWriter(result);
        writer.WriteUInt(bigEndian);
        return result;
    }

    /// <summary>The encoding of a non-negative <see cref="BigInteger"/> scalar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static byte[] EncodeBigInteger(BigInteger value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return EncodeUInt(value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true));
    }

    /// <summary>The encoding of the list whose items are the already-encoded <paramref name="encodedItems"/>.</summary>
    public static byte[] EncodeList(params ReadOnlySpan<byte[]> encodedItems)
    {
        int payload = 0;
        foreach (var item in encodedItems)
        {
            payload += item.Length;
        }

        var result = new byte[LengthOfList(payload)];
        var writer = new RlpWriter(result);
        writer.WriteListHeader(payload);
        foreach (var item in encodedItems)
        {
            writer.WriteEncoded(item);
        }

        return result;
    }

    /// <summary>
    /// Checks that <paramref name="encoded"/> is exactly one canonical item, descending into every
    /// list. Iterative, so hostile nesting cannot exhaust the stack.
    /// </summary>
    /// <exception cref="RlpException">The input is not exactly one canonical item.</exception>
    public static void Validate(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IsEmpty)
        {
            throw new RlpException("Empty input: expected one RLP item.");
        }

        // The ends of the lists enclosing the current position, innermost last.
        var ends = new Stack<int>();
        int position = 0;
        while (true)
        {
            while (ends.Count > 0 && position == ends.Peek())
            {
                ends.Pop();
            }

            if (position == encoded.Length && ends.Count == 0)
            {
                return;
            }

            if (position > 0 && ends.Count == 0)
            {
                throw new RlpException($"Trailing bytes at offset {position} after the single RLP item.");
            }

            int itemLimit = ends.Count > 0 ? ends.Peek() : encoded.Length;
            var header = RlpHeader.Read(encoded, position, itemLimit);
            if (header.IsList)
            {
                ends.Push(header.PayloadOffset + header.PayloadLength);
                position = header.PayloadOffset;
            }
            else
            {
                position = header.PayloadOffset + header.PayloadLength;
            }
        }
    }

    /// <summary>Whether <paramref name="encoded"/> is exactly one canonical item (see <see cref="Validate"/>).</summary>
    public static bool IsValid(ReadOnlySpan<byte> encoded)
    {
        try
        {
            Validate(encoded);
            return true;
        }
        catch (RlpException)
        {
            return false;
        }
    }

    /// <summary>Decodes input that must be exactly one byte string.</summary>
    /// <exception cref="RlpException">The input is not exactly one canonical byte string.</exception>
    public static byte[] DecodeBytes(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var value = reader.ReadBytes().ToArray();
        reader.EnsureEnd();
        return value;
    }

    /// <summary>Decodes input that must be exactly one scalar of at most 64 bits.</summary>
    /// <exception cref="RlpException">The input is not exactly one canonical scalar that fits.</exception>
    public static ulong DecodeULong(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var value = reader.ReadULong();
        reader.EnsureEnd();
        return value;
    }

    /// <summary>The number of bytes in the minimal big-endian form of <paramref name="value"/> (0 for zero).</summary>
    internal static int ByteCount(ulong value) => (64 - BitOperations.LeadingZeroCount(value) + 7) / 8;

    /// <summary>Writes the minimal big-endian form of <paramref name="value"/> (ByteCount bytes).</summary>
    internal static void WriteBigEndian(Span<byte> destination, ulong value)
    {
        Span<byte> full = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(full, value);
        full[(8 - destination.Length)..].CopyTo(destination);
    }

    /// <summary><paramref name="bigEndian"/> without its leading zero bytes.</summary>
    internal static ReadOnlySpan<byte> TrimLeadingZeros(ReadOnlySpan<byte> bigEndian)
    {
        int first = bigEndian.IndexOfAnyExcept((byte)0);
        return first < 0 ? [] : bigEndian[first..];
    }
}
