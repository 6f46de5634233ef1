namespace Zexus.Crypto.Bls12381;

/// <summary>One pair of a (multi-)Miller loop: the running point T on the twist, with the fixed P and Q.</summary>
internal sealed class MillerLoopPair
{
    private readonly Fp _px;
    private readonly Fp _py;
    private readonly Fp2 _qx;
    private readonly Fp2 _qy;
    private Fp2 _x;
    private Fp2 _y;
    private Fp2 _z = Fp2.One;

    /// <summary>Starts T at Q for the pair (P, Q), both affine and not at infinity.</summary>
    public MillerLoopPair(Fp px, Fp py, Fp2 qx, Fp2 qy)
    {
        _px = px;
        _py = py;
        _qx = qx;
        _qy = qy;
        _x = qx;
        _y = qy;
    }

    /// <summary>f · l_{T,T}(P), then T = 2T.</summary>
    public Fp12 DoubleStep(Fp12 f)
    {
        Fp2 a = _x.Square();
        Fp2 b = _y.Square();
        Fp2 c = b.Square();
        Fp2 zz = _z.Square();
        Fp2 e = a.Double() + a;
        Fp2 z3 = (_y * _z).Double();

        // Slope λ′ = 3X² / (2YZ); the line is scaled by 2YZ³.
        Fp2 l0 = (e * _x) - b.Double();
        Fp2 l2 = -((e * zz) * _px);
        Fp2 l3 = (z3 * zz) * _py;

        Fp2 d = ((_x + b).Square() - a - c).Double();
        Fp2 x3 = e.Square() - d.Double();
        _y = (e * (d - x3)) - c.Double().Double().Double();
        _x = x3;
        _z = z3;
        return f.MulByLine(l0, l2, l3);
    }

    /// <summary>f · l_{T,Q}(P), then T = T + Q.</summary>
    public Fp12 AddStep(Fp12 f)
    {
        Fp2 zz = _z.Square();
        Fp2 h = (_qx * zz) - _x;
        Fp2 r = (_qy * _z * zz) - _y;
        Fp2 zh = _z * h;

        // Slope λ′ = R / (Z·H); the line through Q is scaled by Z·H.
        Fp2 l0 = (r * _qx) - (_qy * zh);
        Fp2 l2 = -(r * _px);
        Fp2 l3 = zh * _py;

        Fp2 hh = h.Square();
        Fp2 hhh = hh * h;
        Fp2 v = _x * hh;
        Fp2 x3 = r.Square() - hhh - v.Double();
        _y = (r * (v - x3)) - (_y * hhh);
        _x = x3;
        _z = zh;
        return f.MulByLine(l0, l2, l3);
    }
}
