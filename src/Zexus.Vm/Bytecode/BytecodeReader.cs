using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// Reads the primitive encodings of docs/bytecode-format.md from a span, rejecting anything that is not the
/// canonical encoding the writer produces, so that an accepted container re-serializes to the same bytes.
/// Every failure is a <see cref="BytecodeFormatException"/> carrying the absolute offset of the field.
/// </summary>
internal ref struct BytecodeReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _base;
    private int _position;

    public BytecodeReader(ReadOnlySpan<byte> data, int baseOffset)
    {
        _data = data;
        _base = baseOffset;
    }

    /// <summary>Absolute offset of the next byte.</summary>
    public readonly int Offset => _base + _position;

    public readonly int Remaining => _data.Length - _position;

    public readonly bool AtEnd => _position == _data.Length;

    [DoesNotReturn]
    public static void Fail(string reason, int offset) => throw new BytecodeFormatException(reason, offset);

    /// <summary>A reader over the next <paramref name="length"/> bytes, which this reader skips.</summary>
    public BytecodeReader Slice(int length, string what)
    {
        Need(length, what);
        var sub = new BytecodeReader(_data.Slice(_position, length), Offset);
        _position += length;
        return sub;
    }

    public ReadOnlySpan<byte> Bytes(int length, string what)
    {
        Need(length, what);
        var span = _data.Slice(_position, length);
        _position += length;
        return span;
    }

    public byte Byte(string what)
    {
        Need(1, what);
        return _data[_position++];
    }

    public ushort U16(string what) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2, what));

    public uint U32(string what) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4, what));

    public bool Bool(string what)
    {
        var at = Offset;
        var b = Byte(what);
        if (b > 1)
        {
            Fail($"{what}: boolean byte must be 0 or 1, found {b}", at);
        }

        return b == 1;
    }

    /// <summary>Unsigned LEB128, at most 5 bytes, minimal, and no larger than <see cref="int.MaxValue"/>.</summary>
    public int Varint(string what)
    {
        var at = Offset;
        uint value = 0;
        for (var i = 0; i < 5; i++)
        {
            if (AtEnd)
            {
                Fail($"truncated: varint {what} is incomplete", at);
            }

            var b = _data[_position++];
            value |= (uint)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                if (b == 0 && i > 0)
                {
                    Fail($"varint {what} is not minimally encoded", at);
                }

                if (i == 4 && b > 0x07)
                {
                    Fail($"varint {what} exceeds {int.MaxValue}", at);
                }

                return (int)value;
            }
        }

        Fail($"varint {what} is longer than 5 bytes", at);
        return 0;
    }

    /// <summary>An index stored as index + 1, with 0 meaning none (-1).</summary>
    public int OptionalIndex(string what) => Varint(what) - 1;

    /// <summary>
    /// An element count. Every element takes at least <paramref name="minElementSize"/> bytes, so a count the
    /// remaining input cannot hold is rejected before anything is allocated for it.
    /// </summary>
    public int Count(int minElementSize, string what)
    {
        var at = Offset;
        var count = Varint(what);
        if ((long)count * minElementSize > Remaining)
        {
            Fail($"{what} count {count} exceeds what the remaining {Remaining} bytes can hold", at);
        }

        return count;
    }

    public string String(string what)
    {
        var at = Offset;
        var length = Varint(what + " length");
        return Decode(length, what, at);
    }

    /// <summary>A nullable string: byte length + 1, with 0 meaning null.</summary>
    public string? OptionalString(string what)
    {
        var at = Offset;
        var length = Varint(what + " length");
        return length == 0 ? null : Decode(length - 1, what, at);
    }

    public string[] Strings(string what)
    {
        var count = Count(1, what);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = String(what);
        }

        return result;
    }

    public BigInteger BigInteger(string what)
    {
        var at = Offset;
        var sign = Byte(what + " sign");
        if (sign is not (ZvmFormat.SignNonNegative or ZvmFormat.SignNegative))
        {
            Fail($"{what}: sign byte must be 0 or 1, found {sign}", at);
        }

        var lengthAt = Offset;
        var length = Varint(what + " magnitude length");
        var magnitude = Bytes(length, what + " magnitude");
        if (length > 0 && magnitude[^1] == 0)
        {
            Fail($"{what}: magnitude has a leading zero byte (not minimal)", lengthAt);
        }

        if (length == 0 && sign == ZvmFormat.SignNegative)
        {
            Fail($"{what}: negative zero", at);
        }

        var value = new System.Numerics.BigInteger(magnitude, isUnsigned: true, isBigEndian: false);
        return sign == ZvmFormat.SignNegative ? -value : value;
    }

    public double Double(string what) => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(Bytes(8, what)));

    /// <summary>Rejects unread bytes at the end of a section or container.</summary>
    public readonly void ExpectEnd(string what)
    {
        if (!AtEnd)
        {
            Fail($"{Remaining} unread bytes at the end of {what}", Offset);
        }
    }

    private string Decode(int length, string what, int at)
    {
        var bytes = Bytes(length, what);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Fail($"{what} is not valid UTF-8", at);
            return "";
        }
    }

    private readonly void Need(int length, string what)
    {
        if (length > Remaining)
        {
            Fail($"truncated: {what} needs {length} bytes, {Remaining} remain", Offset);
        }
    }
}
