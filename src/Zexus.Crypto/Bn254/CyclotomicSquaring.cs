namespace Zexus.Crypto.Bn254;

/// <summary>
/// Squaring in the cyclotomic subgroup of F_p¹² (the elements of norm 1 over F_p⁶ and F_p², where the
/// final exponentiation works after its easy part), by Granger and Scott, "Faster squaring in the
/// cyclotomic subgroup of sixth degree extensions" (PKC 2010): nine F_p² squarings instead of the twelve
/// F_p² multiplications of a general square.
/// </summary>
/// <remarks>
/// View F_p¹² as F_p⁴[w] / (w³ − t) with F_p⁴ = F_p²[t] / (t² − ξ) and t = w³. In the w-power basis the
/// F_p⁴ coefficients are A = g₀ + g₃·t, B = g₁ + g₄·t, C = g₂ + g₅·t, where gᵢ is the F_p² coefficient of
/// wⁱ (see <see cref="Fp12"/>). For f = A + B·w + C·w² in the subgroup,
/// f² = (3A² − 2Ā) + (3t·C² + 2B̄)·w + (3B² − 2C̄)·w², with (a + b·t)‾ = a − b·t.
/// </remarks>
public static class CyclotomicSquaring
{
    /// <summary>f² for f in the cyclotomic subgroup (wrong for other elements).</summary>
    public static Fp12 Square(in Fp12 f)
    {
        Fp2 g0 = f.C0.C0, g2 = f.C0.C1, g4 = f.C0.C2;
        Fp2 g1 = f.C1.C0, g3 = f.C1.C1, g5 = f.C1.C2;

        SquareFp4(g0, g3, out Fp2 a0, out Fp2 a1);
        SquareFp4(g1, g4, out Fp2 b0, out Fp2 b1);
        SquareFp4(g2, g5, out Fp2 c0, out Fp2 c1);

        // 3x − 2y as 2(x − y) + x, and 3x + 2y as 2(x + y) + x.
        Fp2 h0 = (a0 - g0).Double() + a0;
        Fp2 h3 = (a1 + g3).Double() + a1;
        Fp2 h2 = (b0 - g2).Double() + b0;
        Fp2 h5 = (b1 + g5).Double() + b1;
        Fp2 tc = c1.MulByXi();
        Fp2 h1 = (tc + g1).Double() + tc;
        Fp2 h4 = (c0 - g4).Double() + c0;
        return new Fp12(new Fp6(h0, h2, h4), new Fp6(h1, h3, h5));
    }

    /// <summary>(a + b·t)² = (a² + ξ·b²) + ((a + b)² − a² − b²)·t.</summary>
    private static void SquareFp4(in Fp2 a, in Fp2 b, out Fp2 real, out Fp2 tPart)
    {
        Fp2 aa = a.Square();
        Fp2 bb = b.Square();
        real = bb.MulByXi() + aa;
        tPart = (a + b).Square() - aa - bb;
    }
}
