using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>The group G1: the order-r subgroup of E(F_p): y² = x³ + 4.</summary>
public static class G1
{
    /// <summary>The effective cofactor h_eff = 1 − x of RFC 9380, section 8.8.1.</summary>
    private static readonly byte[] EffectiveCofactor = Bls12381Parameters.Hex("d201000000010001")
        .ToByteArray(isUnsigned: true, isBigEndian: true);

    /// <summary>The standard generator (EIP-2537 "H1").</summary>
    public static BlsPoint<Fp> Generator { get; } = BlsPoint<Fp>.FromAffine(
        Fp.FromBigInteger(Bls12381Parameters.Hex("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb")),
        Fp.FromBigInteger(Bls12381Parameters.Hex("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1")));

    /// <summary>Whether a point of E lies in the order-r subgroup (r·P = O).</summary>
    public static bool IsInSubgroup(BlsPoint<Fp> point) => Subgroup.IsTorsion(point);

    /// <summary>h_eff·P: maps a point of E into G1 (RFC 9380, section 7, clear_cofactor).</summary>
    public static BlsPoint<Fp> ClearCofactor(BlsPoint<Fp> point) => point.Multiply(EffectiveCofactor);

    /// <summary>k·G for a non-negative scalar (tests and setup).</summary>
    public static BlsPoint<Fp> MultiplyGenerator(BigInteger k) => Generator.Multiply(k);
}
