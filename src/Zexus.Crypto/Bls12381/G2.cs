using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>The group G2: the order-r subgroup of the twist E′(F_p²): y² = x³ + 4·(1 + u).</summary>
public static class G2
{
    /// <summary>The effective cofactor h_eff of RFC 9380, section 8.8.2 (636 bits).</summary>
    private static readonly byte[] EffectiveCofactor = Bls12381Parameters.Hex(
        "bc69f08f2ee75b3584c6a0ea91b352888e2a8e9145ad7689986ff031508ffe1329c2f178731db956d82bf015d1212b02ec0ec69d7477c1ae954cbc06689f6a359894c0adebbf6b4e8020005aaa95551")
        .ToByteArray(isUnsigned: true, isBigEndian: true);

    private static readonly Lazy<FixedBaseMultiplier<Fp2>> GeneratorTable = new(() => new FixedBaseMultiplier<Fp2>(Generator));

    /// <summary>The standard generator (EIP-2537 "H2").</summary>
    public static BlsPoint<Fp2> Generator { get; } = BlsPoint<Fp2>.FromAffine(
        Fp2.FromBigIntegers(
            Bls12381Parameters.Hex("024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"),
            Bls12381Parameters.Hex("13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")),
        Fp2.FromBigIntegers(
            Bls12381Parameters.Hex("0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"),
            Bls12381Parameters.Hex("0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")));

    /// <summary>ξ^(−(p−1)/3) and ξ^(−(p−1)/2): ψ(x, y) = (conj(x)·c_x, conj(y)·c_y) is untwist–Frobenius–twist.</summary>
    private static readonly Fp2 PsiX = new Fp2(Fp.One, Fp.One).Pow((Fp.Modulus - 1) / 3).Inverse();

    private static readonly Fp2 PsiY = new Fp2(Fp.One, Fp.One).Pow((Fp.Modulus - 1) / 2).Inverse();

    /// <summary>
    /// Whether a point of E′ lies in the order-r subgroup, by ψ(P) = x·P (Scott, "A note on group membership tests
    /// for G1, G2 and GT on BLS pairing-friendly curves", eprint 2021/1130; proof updated in eprint 2022/352) —
    /// 64 doublings instead of r·P's 255.
    /// </summary>
    public static bool IsInSubgroup(BlsPoint<Fp2> point) =>
        point.IsInfinity || Psi(point) == MultiplyByX(point);

    /// <summary>ψ on Jacobian coordinates.</summary>
    internal static BlsPoint<Fp2> Psi(BlsPoint<Fp2> point) =>
        new(point.X.Conjugate() * PsiX, point.Y.Conjugate() * PsiY, point.Z.Conjugate());

    /// <summary>
    /// h_eff·P: maps a point of E′ into G2 (RFC 9380, section 7, clear_cofactor), computed as in its appendix G.4
    /// (Budroni and Pintore): [x² − x − 1]P + [x − 1]ψ(P) + ψ²(2P), two multiplications by x instead of one by h_eff.
    /// </summary>
    // PERF (Bls12381Benchmarks.MapFp2ToG2): 2 × 64-bit scalars instead of the 636-bit h_eff.
    public static BlsPoint<Fp2> ClearCofactor(BlsPoint<Fp2> point)
    {
        BlsPoint<Fp2> t1 = MultiplyByX(point);
        BlsPoint<Fp2> t2 = Psi(point);
        BlsPoint<Fp2> t3 = Psi(Psi(point.Double())) - t2;
        t2 = MultiplyByX(t1 + t2);
        return t3 + t2 - t1 - point;
    }

    /// <summary>h_eff·P by plain scalar multiplication (the definition; for tests).</summary>
    public static BlsPoint<Fp2> ClearCofactorByScalar(BlsPoint<Fp2> point) => point.Multiply(EffectiveCofactor);

    /// <summary>x·P for the (negative) curve parameter x.</summary>
    private static BlsPoint<Fp2> MultiplyByX(BlsPoint<Fp2> point) => point.MultiplyByAbsX().Negate();

    /// <summary>k·G for a non-negative scalar (fixed-base table, built on first use).</summary>
    public static BlsPoint<Fp2> MultiplyGenerator(BigInteger k) => GeneratorTable.Value.Multiply(k);
}
