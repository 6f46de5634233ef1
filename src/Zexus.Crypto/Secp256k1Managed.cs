using Zexus.Primitives;

namespace Zexus.Crypto;

/// <summary>
/// The managed secp256k1 verification and public key recovery behind <see cref="Secp256k1"/>:
/// 4×64-bit limb field arithmetic with the special-prime reduction, Jacobian coordinates, and
/// a · G + b · P by interleaved window NAFs with a precomputed table of G. Always available; it is
/// the default and the fallback when <see cref="Secp256k1Native"/> is absent or disabled.
/// </summary>
/// <remarks>Not constant-time, which verification and recovery of public data do not need.</remarks>
public static class Secp256k1Managed
{
    /// <summary>
    /// Standard ECDSA verification (SEC 1, section 4.1.4); see <see cref="Secp256k1.Verify"/>.
    /// Accepts low and high s; malformed input gives <see langword="false"/>.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, ReadOnlySpan<byte> publicKey)
    {
        if (hash32.Length != Secp256k1.ScalarLength
            || !TryReadSignature(sig64, out UInt256 r, out UInt256 s)
            || !TryDecodePoint(publicKey, out Secp256k1AffinePoint q))
        {
            return false;
        }

        UInt256 z = Secp256k1Scalar.Reduce(new UInt256(hash32));
        UInt256 w = Secp256k1Scalar.Invert(s);
        Secp256k1JacobianPoint sum = Secp256k1Multiplication.MultiplyGeneratorAndAdd(
            Secp256k1Scalar.Multiply(z, w), q, Secp256k1Scalar.Multiply(r, w));

        // x(sum) mod n = r means x(sum) is r or r + n (the latter only when below p); compare in
        // Jacobian form to skip the inversion.
        if (sum.HasAffineX(new Secp256k1FieldElement(r.u0, r.u1, r.u2, r.u3)))
        {
            return true;
        }

        return !UInt256.AddOverflow(r, Secp256k1Scalar.Order, out UInt256 rPlusN)
            && Secp256k1FieldElement.TryCreate(rPlusN, out Secp256k1FieldElement x)
            && sum.HasAffineX(x);
    }

    /// <summary>
    /// Public key recovery (SEC 1, section 4.1.6); see <see cref="Secp256k1.TryRecover(ReadOnlySpan{byte}, ReadOnlySpan{byte}, int, Span{byte})"/>.
    /// </summary>
    public static bool TryRecover(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, int recoveryId, Span<byte> uncompressed65)
    {
        if (hash32.Length != Secp256k1.ScalarLength
            || uncompressed65.Length < Secp256k1.UncompressedPublicKeyLength
            || recoveryId is < 0 or > 3
            || !TryReadSignature(sig64, out UInt256 r, out UInt256 s))
        {
            return false;
        }

        UInt256 rx = r;
        if ((recoveryId & 2) != 0 && UInt256.AddOverflow(r, Secp256k1Scalar.Order, out rx))
        {
            return false;
        }

        if (!Secp256k1FieldElement.TryCreate(rx, out Secp256k1FieldElement x)
            || !Secp256k1AffinePoint.TryLift(x, oddY: (recoveryId & 1) == 1, out Secp256k1AffinePoint bigR))
        {
            return false;
        }

        // Q = r⁻¹ (s · R − z · G) = (−z · r⁻¹) · G + (s · r⁻¹) · R.
        UInt256 z = Secp256k1Scalar.Reduce(new UInt256(hash32));
        UInt256 rInverse = Secp256k1Scalar.Invert(r);
        UInt256 u1 = Secp256k1Scalar.Negate(Secp256k1Scalar.Multiply(z, rInverse));
        UInt256 u2 = Secp256k1Scalar.Multiply(s, rInverse);
        Secp256k1JacobianPoint q = Secp256k1Multiplication.MultiplyGeneratorAndAdd(u1, bigR, u2);
        if (!q.TryToAffine(out Secp256k1AffinePoint key))
        {
            return false;
        }

        EncodeUncompressed(key, uncompressed65);
        return true;
    }

    /// <summary>r and s from 64 bytes r ‖ s, each required in [1, n − 1].</summary>
    internal static bool TryReadSignature(ReadOnlySpan<byte> sig64, out UInt256 r, out UInt256 s)
    {
        r = s = UInt256.Zero;
        if (sig64.Length != Secp256k1.SignatureLength)
        {
            return false;
        }

        r = new UInt256(sig64[..Secp256k1.ScalarLength]);
        s = new UInt256(sig64[Secp256k1.ScalarLength..]);
        return Secp256k1Scalar.IsValid(r) && Secp256k1Scalar.IsValid(s);
    }

    /// <summary>
    /// Decodes a SEC 1 public key (section 2.3.4): 04 ‖ X ‖ Y on the curve, or 02/03 ‖ X with Y
    /// recovered by its parity. Coordinates ≥ p and other prefixes are rejected.
    /// </summary>
    internal static bool TryDecodePoint(ReadOnlySpan<byte> encoded, out Secp256k1AffinePoint point)
    {
        point = default;
        if (encoded.Length == Secp256k1.UncompressedPublicKeyLength && encoded[0] == 0x04)
        {
            if (!Secp256k1FieldElement.TryCreate(encoded.Slice(1, 32), out Secp256k1FieldElement x)
                || !Secp256k1FieldElement.TryCreate(encoded.Slice(33, 32), out Secp256k1FieldElement y))
            {
                return false;
            }

            point = new Secp256k1AffinePoint(x, y);
            return point.IsOnCurve();
        }

        if (encoded.Length == Secp256k1.CompressedPublicKeyLength && encoded[0] is 0x02 or 0x03)
        {
            return Secp256k1FieldElement.TryCreate(encoded[1..], out Secp256k1FieldElement x)
                && Secp256k1AffinePoint.TryLift(x, oddY: encoded[0] == 0x03, out point);
        }

        return false;
    }

    /// <summary>Writes 04 ‖ X ‖ Y.</summary>
    internal static void EncodeUncompressed(in Secp256k1AffinePoint point, Span<byte> destination65)
    {
        destination65[0] = 0x04;
        point.X.WriteBigEndian(destination65.Slice(1, 32));
        point.Y.WriteBigEndian(destination65.Slice(33, 32));
    }
}
