namespace Zexus.Crypto.Bn254;

/// <summary>
/// The Miller loop's running point T on the twist, in homogeneous projective coordinates
/// (x = X / Z, y = Y / Z), with the doubling and addition steps that also yield the tangent or chord.
/// </summary>
/// <remarks>
/// Formulas of Costello, Lange and Naehrig as simplified by Aranha, Karabina, Longa, Gebotys and López
/// ("Faster explicit formulas for computing pairings over ordinary curves", ePrint 2010/526, section 4).
/// The line through T with slope λ on the D-type twist, untwisted by (x, y) ↦ (x·w², y·w³) and evaluated
/// at P, is y_P − λ·x_P·w + (λ·x_T − y_T)·w³; the steps return it scaled by a factor in F_p² so that no
/// inversion is needed.
/// </remarks>
internal struct G2Projective
{
    private Fp2 _x;
    private Fp2 _y;
    private Fp2 _z;

    public G2Projective(in Fp2 x, in Fp2 y)
    {
        _x = x;
        _y = y;
        _z = Fp2.One;
    }

    private static readonly Fp2 ThreeB = G2.B.Double() + G2.B;

    /// <summary>T ← 2T; returns the tangent at T, scaled by −2·Y·Z.</summary>
    public Line Double()
    {
        Fp2 a = (_x * _y).Half();
        Fp2 b = _y.Square();
        Fp2 c = _z.Square();
        Fp2 e = ThreeB * c;
        Fp2 f = e.Double() + e;
        Fp2 g = (b + f).Half();
        Fp2 h = (_y + _z).Square() - (b + c);
        Fp2 xSquared = _x.Square();
        Fp2 eSquared = e.Square();
        _x = a * (b - f);
        _y = g.Square() - (eSquared.Double() + eSquared);
        _z = b * h;

        // λ = 3X² / 2YZ and λ·x_T − y_T = (Y² − 3b'Z²) / 2YZ (using Y²Z = X³ + b'Z³), negated.
        return new Line(-h, xSquared.Double() + xSquared, e - b);
    }

    /// <summary>T ← T + Q for the affine Q = (x, y); returns the chord through T and Q, scaled by X − x·Z.</summary>
    public Line Add(in Fp2 qx, in Fp2 qy)
    {
        Fp2 theta = _y - qy * _z;
        Fp2 lambda = _x - qx * _z;
        Fp2 c = theta.Square();
        Fp2 d = lambda.Square();
        Fp2 e = lambda * d;
        Fp2 f = _z * c;
        Fp2 g = _x * d;
        Fp2 h = e + f - g.Double();
        _x = lambda * h;
        _y = theta * (g - h) - _y * e;
        _z = _z * e;

        // Slope θ / λ through Q: y_P − (θ/λ)·x_P·w + ((θ/λ)·x_Q − y_Q)·w³, times λ.
        return new Line(lambda, -theta, theta * qx - lambda * qy);
    }
}
