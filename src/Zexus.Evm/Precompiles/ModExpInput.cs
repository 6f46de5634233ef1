using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// The MODEXP call data of EIP-198: three 32-byte big-endian lengths (base, exponent, modulus)
/// followed by the three numbers. Input shorter than the layout reads as if padded with zeros.
/// Offsets are 128-bit so that declared lengths up to 2²⁵⁶ − 1 neither overflow nor allocate.
/// </summary>
internal readonly ref struct ModExpInput
{
    private const int HeaderLength = 96;

    private readonly ReadOnlySpan<byte> _input;

    public ModExpInput(ReadOnlySpan<byte> input)
    {
        _input = input;
        BaseLength = ReadWord(0);
        ExponentLength = ReadWord(32);
        ModulusLength = ReadWord(64);
    }

    public UInt256 BaseLength { get; }

    public UInt256 ExponentLength { get; }

    public UInt256 ModulusLength { get; }

    /// <summary>Where the exponent starts (saturated at <see cref="UInt128.MaxValue"/>).</summary>
    public UInt128 ExponentOffset => SaturatingAdd(HeaderLength, Saturate(BaseLength));

    /// <summary>Where the modulus starts (saturated at <see cref="UInt128.MaxValue"/>).</summary>
    public UInt128 ModulusOffset => SaturatingAdd(ExponentOffset, Saturate(ExponentLength));

    /// <summary>The value clamped to 128 bits.</summary>
    public static UInt128 Saturate(in UInt256 value) =>
        (value.u2 | value.u3) != 0 ? UInt128.MaxValue : new UInt128(value.u1, value.u0);

    public static UInt128 SaturatingAdd(UInt128 a, UInt128 b) => a > UInt128.MaxValue - b ? UInt128.MaxValue : a + b;

    /// <summary>Copies input bytes from <paramref name="offset"/> into <paramref name="destination"/>, zeros past the end.</summary>
    public void CopyPadded(UInt128 offset, Span<byte> destination)
    {
        destination.Clear();
        if (offset >= (UInt128)_input.Length)
        {
            return;
        }

        ReadOnlySpan<byte> available = _input[(int)offset..];
        available[..Math.Min(available.Length, destination.Length)].CopyTo(destination);
    }

    /// <summary>The input slice [<paramref name="offset"/>, +<paramref name="length"/>), which the caller knows lies inside the input.</summary>
    public ReadOnlySpan<byte> Slice(UInt128 offset, int length) => _input.Slice((int)offset, length);

    private UInt256 ReadWord(int offset)
    {
        Span<byte> word = stackalloc byte[32];
        CopyPadded((UInt128)offset, word);
        return new UInt256(word);
    }
}
