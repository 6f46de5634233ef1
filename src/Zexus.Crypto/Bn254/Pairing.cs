namespace Zexus.Crypto.Bn254;

/// <summary>
/// The optimal ate pairing e: G1 × G2 → G_T ⊂ F_p¹² of BN254 (Vercauteren, "Optimal pairings"), as used by
/// the EIP-197 pairing check: a Miller loop of length 6x + 2 shared by all pairs, then one final
/// exponentiation by (p¹² − 1) / r.
/// </summary>
public static class Pairing
{
    // The non-adjacent form of 6x + 2, least significant digit first.
    private static readonly sbyte[] LoopDigits = CurveParameters.NonAdjacentForm(CurveParameters.AteLoopCount);

    /// <summary>e(P, Q) for one pair.</summary>
    public static Fp12 Compute(in CurvePoint<Fp> p, in CurvePoint<Fp2> q) =>
        FinalExponentiation.Apply(MillerLoop([p], [q]));

    /// <summary>Whether ∏ e(Pᵢ, Qᵢ) = 1; true for no pairs. The points must be valid (in G1 and G2).</summary>
    public static bool Check(ReadOnlySpan<CurvePoint<Fp>> p, ReadOnlySpan<CurvePoint<Fp2>> q) =>
        FinalExponentiation.Apply(MillerLoop(p, q)).IsOne;

    /// <summary>
    /// The product of the Miller functions f_{6x+2,Qᵢ}(Pᵢ) with the two Frobenius lines of the optimal ate
    /// pairing, sharing every squaring of the accumulator. Pairs with a point at infinity contribute 1.
    /// </summary>
    public static Fp12 MillerLoop(ReadOnlySpan<CurvePoint<Fp>> p, ReadOnlySpan<CurvePoint<Fp2>> q)
    {
        if (p.Length != q.Length)
        {
            throw new ArgumentException("Need as many G2 points as G1 points.", nameof(q));
        }

        var pairs = new List<(Fp Px, Fp Py, Fp2 Qx, Fp2 Qy)>(p.Length);
        for (int i = 0; i < p.Length; i++)
        {
            if (p[i].IsInfinity || q[i].IsInfinity)
            {
                continue;
            }

            p[i].ToAffine(out Fp px, out Fp py);
            q[i].ToAffine(out Fp2 qx, out Fp2 qy);
            pairs.Add((px, py, qx, qy));
        }

        var t = new G2Projective[pairs.Count];
        for (int i = 0; i < t.Length; i++)
        {
            t[i] = new G2Projective(pairs[i].Qx, pairs[i].Qy);
        }

        Fp12 f = Fp12.One;
        for (int bit = LoopDigits.Length - 2; bit >= 0; bit--)
        {
            if (bit != LoopDigits.Length - 2)
            {
                f = f.Square();
            }

            int digit = LoopDigits[bit];
            for (int i = 0; i < t.Length; i++)
            {
                (Fp px, Fp py, Fp2 qx, Fp2 qy) = pairs[i];
                f = t[i].Double().MultiplyInto(f, px, py);
                if (digit != 0)
                {
                    f = t[i].Add(qx, digit > 0 ? qy : -qy).MultiplyInto(f, px, py);
                }
            }
        }

        for (int i = 0; i < t.Length; i++)
        {
            // The optimal ate tail: T + π(Q), then + (−π²(Q)), with π the twisted Frobenius ψ.
            (Fp px, Fp py, Fp2 qx, Fp2 qy) = pairs[i];
            Fp2 q1x = qx.Conjugate() * FrobeniusConstants.PsiX;
            Fp2 q1y = qy.Conjugate() * FrobeniusConstants.PsiY;
            Fp2 q2x = qx * FrobeniusConstants.Psi2X;
            Fp2 q2y = qy * FrobeniusConstants.Psi2Y;
            f = t[i].Add(q1x, q1y).MultiplyInto(f, px, py);
            f = t[i].Add(q2x, -q2y).MultiplyInto(f, px, py);
        }

        return f;
    }
}
