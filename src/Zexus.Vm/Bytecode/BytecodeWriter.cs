using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// Appends the primitive encodings of docs/bytecode-format.md to a growing buffer. Every encoding is the
/// canonical one (minimal varints, minimal magnitudes), which is what makes serialization deterministic and
/// lets the reader reject any other spelling of the same value.
/// </summary>
internal sealed class BytecodeWriter
{
    // Strict: a string with a lone surrogate has no UTF-8 form and must not be silently replaced.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer = new byte[256];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    public void Byte(byte value) => Reserve(1)[0] = value;

    public void Bytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    public void U16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);

    public void U32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

    public void PatchU32(int position, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(position, 4), value);

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    /// <summary>Unsigned LEB128 of a non-negative <see cref="int"/>.</summary>
    public void Varint(int value, string field)
    {
        if (value < 0)
        {
            throw new ArgumentException($"{field} is {value}; the format stores it unsigned", nameof(value));
        }

        var v = (uint)value;
        while (v >= 0x80)
        {
            Byte((byte)(v | 0x80));
            v >>= 7;
        }

        Byte((byte)v);
    }

    /// <summary>An index that may be -1 (none), stored as index + 1.</summary>
    public void OptionalIndex(int value, string field)
    {
        if (value < -1 || value == int.MaxValue)
        {
            throw new ArgumentException($"{field} is {value}; expected -1 (none) or an index", nameof(value));
        }

        Varint(value + 1, field);
    }

    public void String(string value, string field)
    {
        var bytes = Encode(value, field);
        Varint(bytes.Length, field);
        Bytes(bytes);
    }

    /// <summary>A nullable string, stored as byte length + 1 with 0 meaning null.</summary>
    public void OptionalString(string? value, string field)
    {
        if (value is null)
        {
            Byte(0);
            return;
        }

        var bytes = Encode(value, field);
        Varint(checked(bytes.Length + 1), field);
        Bytes(bytes);
    }

    public void Strings(IReadOnlyList<string> values, string field)
    {
        Varint(values.Count, field);
        foreach (var s in values)
        {
            String(s, field);
        }
    }

    /// <summary>Sign byte, then the minimal little-endian magnitude with its length (zero has length 0).</summary>
    public void BigInteger(BigInteger value)
    {
        Byte(value.Sign < 0 ? ZvmFormat.SignNegative : ZvmFormat.SignNonNegative);
        var magnitude = System.Numerics.BigInteger.Abs(value).ToByteArray(isUnsigned: true, isBigEndian: false);
        if (value.IsZero)
        {
            magnitude = [];
        }

        Varint(magnitude.Length, "integer magnitude length");
        Bytes(magnitude);
    }

    public void Double(double value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), BitConverter.DoubleToInt64Bits(value));

    private static byte[] Encode(string value, string field)
    {
        try
        {
            return StrictUtf8.GetBytes(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException($"{field} contains a lone surrogate and has no UTF-8 form", nameof(value), e);
        }
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }

        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
