namespace Zexus.Crypto.Bls12381;

/// <summary>
/// The coordinate field of one of the BLS12-381 groups — <see cref="Fp"/> for G1, <see cref="Fp2"/> for G2 — so
/// that the point arithmetic, scalar multiplication and the SSWU map are written once.
/// </summary>
/// <typeparam name="T">The field element type itself.</typeparam>
public interface IBlsField<T>
    where T : unmanaged, IBlsField<T>
{
    /// <summary>The additive identity.</summary>
    static abstract T Zero { get; }

    /// <summary>The multiplicative identity.</summary>
    static abstract T One { get; }

    /// <summary>The coefficient b of the group's curve y² = x³ + b (4 for G1, 4·(1 + u) for G2).</summary>
    static abstract T CurveB { get; }

    /// <summary>Whether a point of the group's curve lies in the order-r subgroup (G1 or G2).</summary>
    static abstract bool IsInSubgroup(BlsPoint<T> point);

    /// <summary>Whether the element is 0.</summary>
    bool IsZero { get; }

    /// <summary>a + b.</summary>
    static abstract T operator +(T a, T b);

    /// <summary>a − b.</summary>
    static abstract T operator -(T a, T b);

    /// <summary>−a.</summary>
    static abstract T operator -(T a);

    /// <summary>a · b.</summary>
    static abstract T operator *(T a, T b);

    /// <summary>a == b.</summary>
    static abstract bool operator ==(T a, T b);

    /// <summary>a != b.</summary>
    static abstract bool operator !=(T a, T b);

    /// <summary>a².</summary>
    T Square();

    /// <summary>2·a.</summary>
    T Double();

    /// <summary>a⁻¹ (0 maps to 0).</summary>
    T Inverse();

    /// <summary>A square root, when the element is a square.</summary>
    bool TrySqrt(out T root);

    /// <summary>The sign sgn0 of RFC 9380, section 4.1.</summary>
    bool Sgn0 { get; }

    /// <summary>The size of the element's EIP-2537 encoding (64 bytes per F_p coefficient).</summary>
    static abstract int EncodedLength { get; }

    /// <summary>Reads the EIP-2537 encoding; false with <paramref name="error"/> when it is not canonical.</summary>
    static abstract bool TryReadEncoded(ReadOnlySpan<byte> input, out T value, out string? error);

    /// <summary>Writes the EIP-2537 encoding.</summary>
    void WriteEncoded(Span<byte> output);
}
