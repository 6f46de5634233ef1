namespace Zexus.Crypto.Bn254;

/// <summary>
/// The final exponentiation f ↦ f^((p¹² − 1) / r) that maps a Miller-loop value into G_T.
/// </summary>
/// <remarks>
/// (p¹² − 1) / r = (p⁶ − 1)(p² + 1) · (p⁴ − p² + 1) / r. The "easy" part costs one inversion and two
/// Frobenius maps and leaves f in the cyclotomic subgroup, where inversion is conjugation. The "hard"
/// part d = (p⁴ − p² + 1) / r is written in base p with coefficients that are polynomials in the BN
/// parameter x (Scott, Benger, Charlemagne, Dominguez Perez and Kachisa, "On the final exponentiation
/// for calculating pairings on ordinary elliptic curves", ePrint 2008/490):
/// d = λ₀ + λ₁·p + λ₂·p² + λ₃·p³ with λ₃ = 1, λ₂ = 6x² + 1, λ₁ = −36x³ − 18x² − 12x + 1 and
/// λ₀ = −36x³ − 30x² − 18x − 2, so three exponentiations by x and a few products suffice.
/// </remarks>
public static class FinalExponentiation
{
    /// <summary>f^((p¹² − 1) / r).</summary>
    public static Fp12 Apply(in Fp12 f)
    {
        // Easy part: f^(p⁶ − 1), then ^(p² + 1).
        Fp12 m = f.Conjugate() * f.Inverse();
        m = m.Frobenius(2) * m;

        Fp12 a = ExpByX(m);
        Fp12 b = ExpByX(a);
        Fp12 c = ExpByX(b);

        Fp12 b2 = Sqr(b);
        Fp12 b6 = Sqr(b2) * b2;
        Fp12 b12 = Sqr(b6);
        Fp12 b18 = b12 * b6;
        Fp12 b30 = Sqr(b12) * b6;
        Fp12 a2 = Sqr(a);
        Fp12 a6 = Sqr(a2) * a2;
        Fp12 a12 = Sqr(a6);
        Fp12 a18 = a12 * a6;
        Fp12 c9 = Sqr(Sqr(Sqr(c))) * c;
        Fp12 c36 = Sqr(Sqr(c9));

        Fp12 lambda2 = b6 * m;
        Fp12 lambda1 = (c36 * b18 * a12).Conjugate() * m;
        Fp12 lambda0 = (c36 * b30 * a18 * Sqr(m)).Conjugate();
        return lambda0 * lambda1.Frobenius(1) * lambda2.Frobenius(2) * m.Frobenius(3);
    }

    /// <summary>
    /// f^x for f in the cyclotomic subgroup (x = 4965661367192848881, 63 bits), over the width-4 non-adjacent
    /// form of x: f, f³, f⁵, f⁷ and their inverses (conjugates there) cover the 14 non-zero digits, 17
    /// multiplications in all instead of 27 for plain square-and-multiply.
    /// </summary>
    private static Fp12 ExpByX(in Fp12 f)
    {
        // PERF (Bn254Benchmarks.EcPairing2): Fp12 multiplications are most of the final exponentiation.
        Span<Fp12> odd = stackalloc Fp12[4];
        Fp12 square = Sqr(f);
        odd[0] = f;
        for (int i = 1; i < 4; i++)
        {
            odd[i] = odd[i - 1] * square;
        }

        Fp12 result = odd[XDigits[^1] >> 1];
        for (int i = XDigits.Length - 2; i >= 0; i--)
        {
            result = Sqr(result);
            int digit = XDigits[i];
            if (digit > 0)
            {
                result *= odd[digit >> 1];
            }
            else if (digit < 0)
            {
                result *= odd[-digit >> 1].Conjugate();
            }
        }

        return result;
    }

    private static readonly sbyte[] XDigits = CurveParameters.WindowedNonAdjacentForm(CurveParameters.X, 4);

    private static Fp12 Sqr(in Fp12 f) => CyclotomicSquaring.Square(f);
}
