namespace Zexus.Crypto.Bn254;

/// <summary>
/// A Miller-loop line through points of the twist, before evaluation at P = (x_P, y_P) ∈ G1: its value is
/// (<see cref="A"/>·y_P) + (<see cref="B"/>·x_P)·w + <see cref="C"/>·w³, up to an F_p² factor that the
/// final exponentiation removes.
/// </summary>
internal readonly struct Line
{
    public Line(in Fp2 a, in Fp2 b, in Fp2 c)
    {
        A = a;
        B = b;
        C = c;
    }

    /// <summary>The coefficient of y_P.</summary>
    public Fp2 A { get; }

    /// <summary>The coefficient of x_P·w.</summary>
    public Fp2 B { get; }

    /// <summary>The coefficient of w³ (= v·w).</summary>
    public Fp2 C { get; }

    /// <summary><paramref name="f"/> times this line evaluated at (<paramref name="xP"/>, <paramref name="yP"/>).</summary>
    public Fp12 MultiplyInto(in Fp12 f, in Fp xP, in Fp yP) => f.MulByLine(A * yP, B * xP, C);
}
