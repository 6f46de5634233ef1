using System.Numerics;
using System.Security.Cryptography;
using Zexus.Crypto.Bls12381;

namespace Zexus.Crypto.Kzg;

/// <summary>
/// KZG proof verification over BLS12-381 (EIP-4844 / consensus specs <c>verify_kzg_proof</c>): checks that a
/// polynomial committed to by C takes the value y at z, given the proof π, by e(C − [y]₁, −[1]₂)·e(π, [τ − z]₂) = 1.
/// </summary>
public sealed class KzgVerifier
{
    /// <summary>The size of a commitment or a proof (a compressed G1 point).</summary>
    public const int PointLength = CompressedPoint.G1Length;

    /// <summary>The size of a field element of the scalar field (z and y), big-endian.</summary>
    public const int ScalarLength = 32;

    /// <summary>The version byte of a KZG versioned hash (EIP-4844 VERSIONED_HASH_VERSION_KZG).</summary>
    public const byte VersionedHashVersion = 0x01;

    private static readonly Lazy<KzgVerifier> MainnetVerifier = new(() => new KzgVerifier(
        CompressedPoint.DecodeG2(Convert.FromHexString(KzgSetupConstants.TauG2Compressed), out _)
        ?? throw new InvalidOperationException("The embedded [τ]₂ constant does not decode.")));

    private readonly BlsPoint<Fp2> _tauG2;

    /// <summary>A verifier for the setup whose [τ]₂ is <paramref name="tauG2"/>.</summary>
    public KzgVerifier(BlsPoint<Fp2> tauG2) => _tauG2 = tauG2;

    /// <summary>A verifier for <paramref name="setup"/> (its G2 point with index 1).</summary>
    public KzgVerifier(KzgTrustedSetup setup)
        : this(setup.G2Monomial[1])
    {
    }

    /// <summary>The verifier for the Ethereum mainnet ceremony, created once on first use.</summary>
    public static KzgVerifier Mainnet => MainnetVerifier.Value;

    /// <summary>[τ]₂ of this verifier's setup.</summary>
    public BlsPoint<Fp2> TauG2 => _tauG2;

    /// <summary>0x01 ‖ sha256(commitment)[1..]: the versioned hash of a commitment (EIP-4844 kzg_to_versioned_hash).</summary>
    public static byte[] VersionedHash(ReadOnlySpan<byte> commitment)
    {
        byte[] hash = SHA256.HashData(commitment);
        hash[0] = VersionedHashVersion;
        return hash;
    }

    /// <summary>
    /// verify_kzg_proof: true when the proof is valid, false when it is not; null with <paramref name="error"/> when
    /// an input is malformed (z or y ≥ r, or a point that does not decode or is outside G1).
    /// </summary>
    public bool? VerifyProof(ReadOnlySpan<byte> commitment, ReadOnlySpan<byte> z, ReadOnlySpan<byte> y, ReadOnlySpan<byte> proof, out string? error)
    {
        if (z.Length != ScalarLength || y.Length != ScalarLength)
        {
            error = "z and y are 32 bytes";
            return null;
        }

        var zValue = new BigInteger(z, isUnsigned: true, isBigEndian: true);
        var yValue = new BigInteger(y, isUnsigned: true, isBigEndian: true);
        if (zValue >= Bls12381Parameters.R || yValue >= Bls12381Parameters.R)
        {
            error = "z or y is not a canonical scalar (≥ BLS modulus)";
            return null;
        }

        if (ValidatedG1(commitment, "commitment", out error) is not { } c || ValidatedG1(proof, "proof", out error) is not { } pi)
        {
            return null;
        }

        BlsPoint<Fp> commitmentMinusY = c - G1.MultiplyGenerator(yValue);
        BlsPoint<Fp2> tauMinusZ = _tauG2 - G2.MultiplyGenerator(zValue);
        return Pairing.Check([commitmentMinusY, pi], [G2.Generator.Negate(), tauMinusZ]);
    }

    /// <summary>KeyValidate for a compressed G1 point: decodes, allows infinity, requires the subgroup.</summary>
    private static BlsPoint<Fp>? ValidatedG1(ReadOnlySpan<byte> bytes, string what, out string? error)
    {
        if (CompressedPoint.DecodeG1(bytes, out error) is not { } point)
        {
            error = what + ": " + error;
            return null;
        }

        if (!G1.IsInSubgroup(point))
        {
            error = what + ": the point is not in the G1 subgroup";
            return null;
        }

        return point;
    }
}
