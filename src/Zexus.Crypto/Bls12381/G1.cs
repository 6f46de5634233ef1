using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>The group G1: the order-r subgroup of E(F_p): y² = x³ + 4.</summary>
public static class G1
{
    /// <summary>The effective cofactor h_eff = 1 − x of RFC 9380, section 8.8.1.</summary>
    private static readonly byte[] EffectiveCofactor = Bls12381Parameters.Hex("d201000000010001")
        .ToByteArray(isUnsigned: true, isBigEndian: true);

    private static readonly Lazy<FixedBaseMultiplier<Fp>> GeneratorTable = new(() => new FixedBaseMultiplier<Fp>(Generator));

    /// <summary>The standard generator (EIP-2537 "H1").</summary>
    public static BlsPoint<Fp> Generator { get; } = BlsPoint<Fp>.FromAffine(
        Fp.FromBigInteger(Bls12381Parameters.Hex("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb")),
        Fp.FromBigInteger(Bls12381Parameters.Hex("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1")));

    /// <summary>
    /// β, a primitive cube root of unity in F_p for which the endomorphism σ(x, y) = (βx, y) acts on G1 as
    /// multiplication by −x² (of the two roots, the one that does so on the generator).
    /// </summary>
    private static readonly Fp Beta = FindBeta();

    /// <summary>
    /// Whether a point of E lies in the order-r subgroup, by σ(P) = −x²·P (Bowe, "Faster subgroup checks for
    /// BLS12-381", eprint 2019/814; proof updated in eprint 2022/352) — 128 doublings instead of r·P's 255.
    /// </summary>
    public static bool IsInSubgroup(BlsPoint<Fp> point) =>
        point.IsInfinity || Sigma(point, Beta) == point.MultiplyByAbsX().MultiplyByAbsX().Negate();

    /// <summary>h_eff·P: maps a point of E into G1 (RFC 9380, section 7, clear_cofactor).</summary>
    public static BlsPoint<Fp> ClearCofactor(BlsPoint<Fp> point) => point.Multiply(EffectiveCofactor);

    /// <summary>k·G for a non-negative scalar (fixed-base table, built on first use).</summary>
    public static BlsPoint<Fp> MultiplyGenerator(BigInteger k) => GeneratorTable.Value.Multiply(k);

    private static BlsPoint<Fp> Sigma(BlsPoint<Fp> point, Fp beta) => new(point.X * beta, point.Y, point.Z);

    private static Fp FindBeta()
    {
        BlsPoint<Fp> target = Generator.MultiplyByAbsX().MultiplyByAbsX().Negate();
        for (ulong g = 2; ; g++)
        {
            Fp omega = Fp.FromUInt64(g).Pow((Fp.Modulus - 1) / 3);
            if (omega != Fp.One)
            {
                return Sigma(Generator, omega) == target ? omega : omega.Square();
            }
        }
    }
}
