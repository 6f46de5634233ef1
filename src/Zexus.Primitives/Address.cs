using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Zexus.Primitives;

/// <summary>
/// A 20-byte Ethereum account address (Yellow Paper section 4.1: the rightmost 160 bits of the
/// Keccak-256 hash of the public key, or of the creation data for contracts).
/// </summary>
/// <remarks>
/// Stored as three big-endian chunks (8 + 8 + 4 bytes) so equality and hashing, the hot
/// operations of state maps, are three integer compares. Text is <c>0x</c> and 40 lowercase hex
/// digits; parsing accepts either case and does not check the EIP-55 mixed-case checksum.
/// </remarks>
public readonly struct Address : IEquatable<Address>, IComparable<Address>
{
    /// <summary>The size of an address in bytes.</summary>
    public const int Size = 20;

    private readonly ulong _high;
    private readonly ulong _middle;
    private readonly uint _low;

    /// <summary>The zero address, 0x000…0.</summary>
    public static readonly Address Zero;

    /// <summary>The address held in exactly 20 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 20 bytes long.</exception>
    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            ThrowWrongLength(nameof(bytes));
        }

        _high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _middle = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _low = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
    }

    private Address(ulong high, ulong middle, uint low)
    {
        _high = high;
        _middle = middle;
        _low = low;
    }

    /// <summary>Whether this is the zero address.</summary>
    public bool IsZero => (_high | _middle | _low) == 0;

    /// <summary>Byte <paramref name="index"/> (0..19) of the address.</summary>
    public byte this[int index]
    {
        get
        {
            if ((uint)index >= Size)
            {
                ThrowIndex();
            }

            return index < 8 ? (byte)(_high >> ((7 - index) * 8))
                : index < 16 ? (byte)(_middle >> ((15 - index) * 8))
                : (byte)(_low >> ((19 - index) * 8));
        }
    }

    /// <summary>
    /// The address from the low 160 bits of a word, as the EVM reads an address operand
    /// (CALL, BALANCE, EXTCODESIZE, …: Yellow Paper appendix H.2 takes μs[i] mod 2^160).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Address FromUInt256(in UInt256 word) =>
        new((word.u2 << 32) | (word.u1 >> 32), (word.u1 << 32) | (word.u0 >> 32), (uint)word.u0);

    /// <summary>The address as a word, zero-extended (ADDRESS, CALLER, ORIGIN, COINBASE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256 ToUInt256() =>
        new((_middle << 32) | _low, (_high << 32) | (_middle >> 32), _high >> 32, 0);

    /// <summary>Explicit: the low 160 bits of the word.</summary>
    public static explicit operator Address(in UInt256 word) => FromUInt256(word);

    /// <summary>Implicit: the address zero-extended to a word.</summary>
    public static implicit operator UInt256(in Address address) => address.ToUInt256();

    /// <summary>Writes the 20 bytes to the start of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 20 bytes.</exception>
    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            ThrowWrongLength(nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, _high);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _middle);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], _low);
    }

    /// <summary>The 20 bytes as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>
    /// Parses <c>0x</c> (optional) followed by exactly 40 hex digits of either case.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Address address)
    {
        address = default;
        Span<byte> bytes = stackalloc byte[Size];
        if (!HexFixed.TryParse(text, bytes))
        {
            return false;
        }

        address = new Address(bytes);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">Not 40 hex digits with an optional 0x.</exception>
    public static Address Parse(string text) =>
        TryParse(text, out Address address) ? address : throw new FormatException("Expected an address: 0x and 40 hex digits.");

    /// <summary><c>0x</c> and 40 lowercase hex digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        WriteTo(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }

    /// <inheritdoc/>
    public bool Equals(Address other) => ((_high ^ other._high) | (_middle ^ other._middle) | (_low ^ other._low)) == 0;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Address other && Equals(other);

    /// <summary>A deterministic hash (no per-process seed; DESIGN.md invariant 3).</summary>
    public override int GetHashCode()
    {
        ulong h = (_high * 0x9E3779B97F4A7C15UL) ^ (_middle * 0xC2B2AE3D27D4EB4FUL) ^ (_low * 0x165667B19E3779F9UL);
        return (int)(h ^ (h >> 32));
    }

    /// <summary>Orders addresses by their bytes (lexicographically, as big-endian numbers).</summary>
    public int CompareTo(Address other) =>
        _high != other._high ? _high.CompareTo(other._high)
        : _middle != other._middle ? _middle.CompareTo(other._middle)
        : _low.CompareTo(other._low);

    /// <summary>Equality.</summary>
    public static bool operator ==(Address left, Address right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Address left, Address right) => !left.Equals(right);

    [DoesNotReturn]
    private static void ThrowWrongLength(string name) =>
        throw new ArgumentException("An address is exactly 20 bytes.", name);

    [DoesNotReturn]
    private static void ThrowIndex() =>
        throw new ArgumentOutOfRangeException("index", "An address has 20 bytes.");
}
