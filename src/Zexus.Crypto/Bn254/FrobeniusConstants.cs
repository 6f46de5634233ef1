namespace Zexus.Crypto.Bn254;

/// <summary>
/// The constants γ(k, i) = ξ^(i·(p^k − 1)/6) of the Frobenius maps on F_p¹² (k = 1, 2, 3; i = 0…5), and
/// through them the G2 endomorphism ψ. Computed once from ξ rather than typed in, so they cannot
/// carry a transcription error.
/// </summary>
internal static class FrobeniusConstants
{
    private static readonly Fp2[] Gamma1 = new Fp2[6];
    private static readonly Fp2[] Gamma2 = new Fp2[6];
    private static readonly Fp2[] Gamma3 = new Fp2[6];

#pragma warning disable CA1810 // the three tables are filled together from one power series
    static FrobeniusConstants()
#pragma warning restore CA1810
    {
        ReadOnlySpan<ulong> pMinusOne = [Fp.P0 - 1, Fp.P1, Fp.P2, Fp.P3];
        Fp2 g = FieldMath.Pow(Fp2.Xi, FieldMath.Divide(pMinusOne, 6));
        Fp2 power = Fp2.One;
        for (int i = 0; i < 6; i++)
        {
            // ξ^(i(p²−1)/6) = γ1ᵢ^(p+1) = conj(γ1ᵢ)·γ1ᵢ and ξ^(i(p³−1)/6) = γ1ᵢ^(p²+p+1) = γ2ᵢ·γ1ᵢ.
            Gamma1[i] = power;
            Gamma2[i] = power.Conjugate() * power;
            Gamma3[i] = Gamma2[i] * power;
            power *= g;
        }
    }

    /// <summary>ξ^((p−1)/3): ψ multiplies the conjugated x coordinate by it.</summary>
    public static Fp2 PsiX => Gamma1[2];

    /// <summary>ξ^((p−1)/2): ψ multiplies the conjugated y coordinate by it.</summary>
    public static Fp2 PsiY => Gamma1[3];

    /// <summary>ξ^((p²−1)/3): ψ² multiplies the x coordinate by it.</summary>
    public static Fp2 Psi2X => Gamma2[2];

    /// <summary>ξ^((p²−1)/2): ψ² multiplies the y coordinate by it.</summary>
    public static Fp2 Psi2Y => Gamma2[3];

    /// <summary>The table γ(power, 0…5).</summary>
    public static ReadOnlySpan<Fp2> ForPower(int power) => power switch
    {
        1 => Gamma1,
        2 => Gamma2,
        3 => Gamma3,
        _ => throw new ArgumentOutOfRangeException(nameof(power), power, "Frobenius power must be 1, 2 or 3."),
    };
}
