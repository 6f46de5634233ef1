namespace Zexus.Crypto;

/// <summary>A finite point (x, y) of secp256k1, y² = x³ + 7 over F_p, in affine coordinates.</summary>
internal readonly struct Secp256k1AffinePoint
{
    public Secp256k1AffinePoint(in Secp256k1FieldElement x, in Secp256k1FieldElement y)
    {
        X = x;
        Y = y;
    }

    public Secp256k1FieldElement X { get; }

    public Secp256k1FieldElement Y { get; }

    /// <summary>The base point G (SEC 2, section 2.4.1).</summary>
    public static Secp256k1AffinePoint Generator { get; } = new(
        new Secp256k1FieldElement(0x59F2815B16F81798UL, 0x029BFCDB2DCE28D9UL, 0x55A06295CE870B07UL, 0x79BE667EF9DCBBACUL),
        new Secp256k1FieldElement(0x9C47D08FFB10D4B8UL, 0xFD17B448A6855419UL, 0x5DA4FBFC0E1108A8UL, 0x483ADA7726A3C465UL));

    /// <summary>−P = (x, −y).</summary>
    public Secp256k1AffinePoint Negate() => new(X, Secp256k1FieldElement.Negate(Y));

    /// <summary>Whether y² = x³ + 7.</summary>
    public bool IsOnCurve() => Secp256k1FieldElement.Square(Y).Equals(CurveRightHandSide(X));

    /// <summary>x³ + 7.</summary>
    public static Secp256k1FieldElement CurveRightHandSide(in Secp256k1FieldElement x) =>
        Secp256k1FieldElement.Add(
            Secp256k1FieldElement.Multiply(Secp256k1FieldElement.Square(x), x),
            Secp256k1FieldElement.Seven);

    /// <summary>
    /// The point with abscissa <paramref name="x"/> and the y parity asked for (SEC 1, section
    /// 2.3.4); false when x³ + 7 is not a square.
    /// </summary>
    public static bool TryLift(in Secp256k1FieldElement x, bool oddY, out Secp256k1AffinePoint point)
    {
        if (!Secp256k1FieldElement.TrySqrt(CurveRightHandSide(x), out Secp256k1FieldElement y))
        {
            point = default;
            return false;
        }

        point = new Secp256k1AffinePoint(x, y.IsOdd == oddY ? y : Secp256k1FieldElement.Negate(y));
        return true;
    }
}
