namespace Zexus.Crypto.Bls12381;

/// <summary>
/// The optimal ate pairing e: G1 × G2 → GT ⊂ F_p¹² of BLS12-381: a Miller loop over |x| with the twist point in
/// Jacobian coordinates and lines evaluated at the G1 point, then one final exponentiation for any number of pairs.
/// </summary>
/// <remarks>
/// The twist E′ maps into E(F_p¹²) by (x′, y′) ↦ (x′/w², y′/w³). A line through twist points with slope λ′,
/// evaluated at P = (xP, yP) and multiplied by w³, is (λ′x′ − y′) − λ′·xP·w² + yP·w³: sparse, with coefficients
/// of w⁰, w² and w³ only. Factors in proper subfields (w³, the F_p² denominators) vanish in the final
/// exponentiation and are dropped. The hard part computes the exponent 3·(p⁴ − p² + 1)/r, so the value is the
/// cube of the reduced pairing — equally bilinear and non-degenerate (3 ∤ r), and 1 exactly when the reduced
/// pairing is 1, which is what pairing checks ask.
/// </remarks>
public static class Pairing
{
    /// <summary>e(P, Q) (the cube of the reduced ate pairing; see remarks).</summary>
    public static Fp12 Compute(BlsPoint<Fp> p, BlsPoint<Fp2> q) =>
        FinalExponentiation(MillerLoop([p], [q]));

    /// <summary>Whether ∏ e(P_i, Q_i) = 1. Pairs with a point at infinity contribute 1.</summary>
    public static bool Check(ReadOnlySpan<BlsPoint<Fp>> g1, ReadOnlySpan<BlsPoint<Fp2>> g2) =>
        FinalExponentiation(MillerLoop(g1, g2)).IsOne;

    /// <summary>The product of the Miller loops f_{x,Q_i}(P_i), sharing the squarings.</summary>
    public static Fp12 MillerLoop(ReadOnlySpan<BlsPoint<Fp>> g1, ReadOnlySpan<BlsPoint<Fp2>> g2)
    {
        if (g1.Length != g2.Length)
        {
            throw new ArgumentException("The pairing needs as many G1 as G2 points.", nameof(g2));
        }

        var pairs = new List<MillerLoopPair>(g1.Length);
        for (int i = 0; i < g1.Length; i++)
        {
            if (!g1[i].IsInfinity && !g2[i].IsInfinity)
            {
                var (px, py) = g1[i].ToAffine();
                var (qx, qy) = g2[i].ToAffine();
                pairs.Add(new MillerLoopPair(px, py, qx, qy));
            }
        }

        Fp12 f = Fp12.One;
        if (pairs.Count == 0)
        {
            return f;
        }

        for (int bit = 62; bit >= 0; bit--)
        {
            f = f.Square();
            foreach (var pair in pairs)
            {
                f = pair.DoubleStep(f);
            }

            if (((Bls12381Parameters.AbsX >> bit) & 1) != 0)
            {
                foreach (var pair in pairs)
                {
                    f = pair.AddStep(f);
                }
            }
        }

        // x < 0: f_{x,Q} = 1 / f_{|x|,Q} up to factors the final exponentiation removes, and 1/f = conj(f) there.
        return f.Conjugate();
    }

    /// <summary>f^(3·(p¹² − 1)/r): the easy part (p⁶ − 1)(p² + 1), then the hard part in terms of x.</summary>
    public static Fp12 FinalExponentiation(Fp12 f)
    {
        Fp12 t = f.Conjugate() * f.Inverse();
        Fp12 y = t.Frobenius().Frobenius() * t;

        // 3·(p⁴ − p² + 1)/r = (x − 1)²·(x + p)·(x² + p² − 1) + 3 (Hayashida, Hayasaka and Teruya, 2020).
        Fp12 a = PowX(y) * y.Conjugate();
        a = PowX(a) * a.Conjugate();
        Fp12 b = PowX(a) * a.Frobenius();
        Fp12 c = PowX(PowX(b)) * b.Frobenius().Frobenius() * b.Conjugate();
        return c * y.CyclotomicSquare() * y;
    }

    /// <summary>f^x for f in the cyclotomic subgroup, where x &lt; 0 makes it conj(f^|x|).</summary>
    private static Fp12 PowX(Fp12 f)
    {
        Fp12 result = f;
        for (int bit = 62; bit >= 0; bit--)
        {
            result = result.CyclotomicSquare();
            if (((Bls12381Parameters.AbsX >> bit) & 1) != 0)
            {
                result *= f;
            }
        }

        return result.Conjugate();
    }
}
