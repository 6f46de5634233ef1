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

        Fp12 b2 = b.Square();
        Fp12 b6 = b2.Square() * b2;
        Fp12 b12 = b6.Square();
        Fp12 b18 = b12 * b6;
        Fp12 b30 = b12.Square() * b6;
        Fp12 a2 = a.Square();
        Fp12 a6 = a2.Square() * a2;
        Fp12 a12 = a6.Square();
        Fp12 a18 = a12 * a6;
        Fp12 c9 = c.Square().Square().Square() * c;
        Fp12 c36 = c9.Square().Square();

        Fp12 lambda2 = b6 * m;
        Fp12 lambda1 = (c36 * b18 * a12).Conjugate() * m;
        Fp12 lambda0 = (c36 * b30 * a18 * m.Square()).Conjugate();
        return lambda0 * lambda1.Frobenius(1) * lambda2.Frobenius(2) * m.Frobenius(3);
    }

    /// <summary>f^x for f in the cyclotomic subgroup (x = 4965661367192848881, 63 bits).</summary>
    private static Fp12 ExpByX(in Fp12 f)
    {
        Fp12 result = f;
        for (int bit = 61; bit >= 0; bit--)
        {
            result = result.Square();
            if (((CurveParameters.X >> bit) & 1) != 0)
            {
                result *= f;
            }
        }

        return result;
    }
}
