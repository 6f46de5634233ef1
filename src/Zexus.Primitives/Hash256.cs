using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Zexus.Primitives;

/// <summary>
/// A 32-byte hash: Keccak-256 digests (Yellow Paper appendix E, KEC), state/storage/transaction
/// roots, code hashes, block hashes and storage keys.
/// </summary>
/// <remarks>
/// Stored as four big-endian 8-byte chunks, so equality and hashing are four integer compares
/// and the conversion to and from <see cref="UInt256"/> (BLOCKHASH, storage slots) is a limb
/// reversal. Text is <c>0x</c> and 64 lowercase hex digits.
/// </remarks>
public readonly struct Hash256 : IEquatable<Hash256>, IComparable<Hash256>
{
    /// <summary>The size of a hash in bytes.</summary>
    public const int Size = 32;

    private readonly ulong _b0;
    private readonly ulong _b1;
    private readonly ulong _b2;
    private readonly ulong _b3;

    /// <summary>All zero bytes.</summary>
    public static readonly Hash256 Zero;

    /// <summary>The hash held in exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public Hash256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            ThrowWrongLength(nameof(bytes));
        }

        _b0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _b2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _b3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    private Hash256(ulong b0, ulong b1, ulong b2, ulong b3)
    {
        _b0 = b0;
        _b1 = b1;
        _b2 = b2;
        _b3 = b3;
    }

    /// <summary>Keccak-256 of <paramref name="data"/> (the Ethereum hash, not FIPS SHA3-256).</summary>
    public static Hash256 Keccak(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Size];
        Primitives.Keccak.Keccak256(data, digest);
        return new Hash256(digest);
    }

    /// <summary>Whether all bytes are zero.</summary>
    public bool IsZero => (_b0 | _b1 | _b2 | _b3) == 0;

    /// <summary>The hash read as a big-endian number.</summary>
    public UInt256 ToUInt256() => new(_b3, _b2, _b1, _b0);

    /// <summary>The word's 32 big-endian bytes as a hash.</summary>
    public static Hash256 FromUInt256(in UInt256 word) => new(word.u3, word.u2, word.u1, word.u0);

    /// <summary>Explicit: the word's big-endian bytes.</summary>
    public static explicit operator Hash256(in UInt256 word) => FromUInt256(word);

    /// <summary>Explicit: the hash as a big-endian number.</summary>
    public static explicit operator UInt256(in Hash256 hash) => hash.ToUInt256();

    /// <summary>Writes the 32 bytes to the start of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void WriteTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            ThrowWrongLength(nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, _b0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _b2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _b3);
    }

    /// <summary>The 32 bytes as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>Parses <c>0x</c> (optional) followed by exactly 64 hex digits of either case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Hash256 hash)
    {
        hash = default;
        Span<byte> bytes = stackalloc byte[Size];
        if (!HexFixed.TryParse(text, bytes))
        {
            return false;
        }

        hash = new Hash256(bytes);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">Not 64 hex digits with an optional 0x.</exception>
    public static Hash256 Parse(string text) =>
        TryParse(text, out Hash256 hash) ? hash : throw new FormatException("Expected a hash: 0x and 64 hex digits.");

    /// <summary><c>0x</c> and 64 lowercase hex digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        WriteTo(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }

    /// <inheritdoc/>
    public bool Equals(Hash256 other) =>
        ((_b0 ^ other._b0) | (_b1 ^ other._b1) | (_b2 ^ other._b2) | (_b3 ^ other._b3)) == 0;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Hash256 other && Equals(other);

    /// <summary>
    /// The first four bytes: Keccak output is uniformly distributed, and the value is the same in
    /// every process (DESIGN.md invariant 3).
    /// </summary>
    public override int GetHashCode() => (int)(_b0 >> 32);

    /// <summary>Orders hashes by their bytes (lexicographically).</summary>
    public int CompareTo(Hash256 other) =>
        _b0 != other._b0 ? _b0.CompareTo(other._b0)
        : _b1 != other._b1 ? _b1.CompareTo(other._b1)
        : _b2 != other._b2 ? _b2.CompareTo(other._b2)
        : _b3.CompareTo(other._b3);

    /// <summary>Equality.</summary>
    public static bool operator ==(Hash256 left, Hash256 right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Hash256 left, Hash256 right) => !left.Equals(right);

    [DoesNotReturn]
    private static void ThrowWrongLength(string name) =>
        throw new ArgumentException("A hash is exactly 32 bytes.", name);
}
