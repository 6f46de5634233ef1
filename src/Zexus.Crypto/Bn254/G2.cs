namespace Zexus.Crypto.Bn254;

/// <summary>
/// G2: the order-r subgroup of the sextic twist y² = x³ + 3 / ξ over F_p² (ξ = 9 + u, EIP-197), and its
/// 128-byte encoding. EIP-197 writes an F_p² element a·u + b as a ‖ b (imaginary part first), so a
/// point is x_u ‖ x_1 ‖ y_u ‖ y_1; all zeros is the point at infinity.
/// </summary>
public static class G2
{
    /// <summary>The size of an encoded point.</summary>
    public const int EncodedSize = 128;

    /// <summary>The twist constant b' = 3 / ξ.</summary>
    public static Fp2 B { get; } = Fp2.Xi.Inverse() * Fp.FromUInt64(3);

    /// <summary>The generator of EIP-197.</summary>
    public static CurvePoint<Fp2> Generator { get; } = DecodeGenerator();

    /// <summary>
    /// Decodes a point (EIP-197): coordinates below p, on the twist unless all zero, and in the order-r
    /// subgroup.
    /// </summary>
    public static Bn254Error TryRead(ReadOnlySpan<byte> encoded128, out CurvePoint<Fp2> point)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(encoded128.Length, EncodedSize, nameof(encoded128));
        point = CurvePoint<Fp2>.Infinity;
        if (!Fp.TryRead(encoded128[..32], out Fp xu) || !Fp.TryRead(encoded128[32..64], out Fp x1)
            || !Fp.TryRead(encoded128[64..96], out Fp yu) || !Fp.TryRead(encoded128[96..EncodedSize], out Fp y1))
        {
            return Bn254Error.CoordinateNotInField;
        }

        var x = new Fp2(x1, xu);
        var y = new Fp2(y1, yu);
        if (x.IsZero && y.IsZero)
        {
            return Bn254Error.None;
        }

        if (!CurvePoint<Fp2>.SatisfiesCurve(x, y, B))
        {
            return Bn254Error.PointNotOnCurve;
        }

        var candidate = CurvePoint<Fp2>.FromAffine(x, y);
        if (!IsInSubgroup(candidate))
        {
            return Bn254Error.PointNotInSubgroup;
        }

        point = candidate;
        return Bn254Error.None;
    }

    /// <summary>Encodes <paramref name="point"/> as x_u ‖ x_1 ‖ y_u ‖ y_1, zeros for infinity.</summary>
    public static void Write(in CurvePoint<Fp2> point, Span<byte> destination128)
    {
        point.ToAffine(out Fp2 x, out Fp2 y);
        x.C1.Write(destination128[..32]);
        x.C0.Write(destination128[32..64]);
        y.C1.Write(destination128[64..96]);
        y.C0.Write(destination128[96..EncodedSize]);
    }

    /// <summary>
    /// The endomorphism ψ = untwist ∘ Frobenius ∘ twist: (x, y) ↦ (x̄·ξ^((p−1)/3), ȳ·ξ^((p−1)/2)). On
    /// Jacobian coordinates the Frobenius (conjugation) also applies to Z.
    /// </summary>
    public static CurvePoint<Fp2> Psi(in CurvePoint<Fp2> point) => new(
        point.X.Conjugate() * FrobeniusConstants.PsiX,
        point.Y.Conjugate() * FrobeniusConstants.PsiY,
        point.Z.Conjugate());

    /// <summary>ψ² = Frobenius²: (x, y) ↦ (x·ξ^((p²−1)/3), y·ξ^((p²−1)/2)), no conjugation.</summary>
    public static CurvePoint<Fp2> Psi2(in CurvePoint<Fp2> point) => new(
        point.X * FrobeniusConstants.Psi2X,
        point.Y * FrobeniusConstants.Psi2Y,
        point.Z);

    /// <summary>
    /// Whether a point of the twist lies in the order-r subgroup G2: for BN curves exactly when
    /// [x + 1]Q + ψ([x]Q) + ψ²([x]Q) = ψ³([2x]Q) (Dai, Lin, Zhao and Zhou, "Fast subgroup membership
    /// testings for G1, G2 and G_T on pairing-friendly curves", ePrint 2022/348, section 5). On G2, ψ acts
    /// as multiplication by p, and x + 1 + px + p²x − 2p³x ≡ 0 (mod r); the theorem is that no point outside
    /// G2 satisfies it. One 63-bit multiplication instead of the 254-bit [r]Q = O.
    /// </summary>
    public static bool IsInSubgroup(in CurvePoint<Fp2> point)
    {
        if (point.IsInfinity)
        {
            return true;
        }

        CurvePoint<Fp2> xQ = point.Multiply(CurveParameters.XBytes);
        CurvePoint<Fp2> psi2 = Psi2(xQ);
        CurvePoint<Fp2> left = xQ.Add(point).Add(Psi(xQ)).Add(psi2);
        CurvePoint<Fp2> right = Psi(Psi2(xQ.Double()));
        return left.IsSamePoint(right);
    }

    private static CurvePoint<Fp2> DecodeGenerator()
    {
        // EIP-197, "Definition of the groups": the coordinates of P2.
        byte[] encoded = Convert.FromHexString(
            "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
            + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
            + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
            + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa");
        Fp.TryRead(encoded.AsSpan(0, 32), out Fp xu);
        Fp.TryRead(encoded.AsSpan(32, 32), out Fp x1);
        Fp.TryRead(encoded.AsSpan(64, 32), out Fp yu);
        Fp.TryRead(encoded.AsSpan(96, 32), out Fp y1);
        return CurvePoint<Fp2>.FromAffine(new Fp2(x1, xu), new Fp2(y1, yu));
    }
}
