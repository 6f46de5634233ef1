namespace Zexus.Crypto.Bls12381;

/// <summary>
/// map_to_curve of RFC 9380 for a group of BLS12-381: the simplified SWU map (section 6.6.2) onto an isogenous curve
/// E′: y² = x³ + A′x + B′ with A′B′ ≠ 0, then the isogeny E′ → E (section 6.6.3), then clear_cofactor (section 7).
/// This is what BLS12_MAP_FP_TO_G1 and BLS12_MAP_FP2_TO_G2 compute (EIP-2537), without hashing to the field.
/// </summary>
/// <typeparam name="T">The coordinate field of the group.</typeparam>
public sealed class MapToCurve<T>
    where T : unmanaged, IBlsField<T>
{
    private readonly T _a;
    private readonly T _b;
    private readonly T _z;
    private readonly T _minusBOverA;
    private readonly T _bOverZa;
    private readonly T[] _xNumerator;
    private readonly T[] _xDenominator;
    private readonly T[] _yNumerator;
    private readonly T[] _yDenominator;
    private readonly Func<BlsPoint<T>, BlsPoint<T>> _clearCofactor;

    /// <summary>Creates the map from the SWU constants, the isogeny polynomials (constant term first) and h_eff·P.</summary>
    internal MapToCurve(T a, T b, T z, T[] xNumerator, T[] xDenominator, T[] yNumerator, T[] yDenominator, Func<BlsPoint<T>, BlsPoint<T>> clearCofactor)
    {
        _a = a;
        _b = b;
        _z = z;
        _minusBOverA = -(b * a.Inverse());
        _bOverZa = b * (z * a).Inverse();
        _xNumerator = xNumerator;
        _xDenominator = xDenominator;
        _yNumerator = yNumerator;
        _yDenominator = yDenominator;
        _clearCofactor = clearCofactor;
    }

    /// <summary>The point of the group for the field element <paramref name="u"/>.</summary>
    public BlsPoint<T> Map(T u)
    {
        var (x, y) = Sswu(u);
        return _clearCofactor(Isogeny(x, y));
    }

    /// <summary>The simplified SWU map onto E′ (RFC 9380, section 6.6.2), in its straightforward form.</summary>
    internal (T X, T Y) Sswu(T u)
    {
        T zu2 = _z * u.Square();
        T tv1 = zu2.Square() + zu2;
        T x1 = tv1.IsZero ? _bOverZa : _minusBOverA * (T.One + tv1.Inverse());
        T x = x1;
        if (!CurveRightSide(x1).TrySqrt(out T y))
        {
            // Z is chosen so that g(Z·u²·x1) is a square whenever g(x1) is not.
            x = zu2 * x1;
            if (!CurveRightSide(x).TrySqrt(out y))
            {
                throw new InvalidOperationException("SSWU: neither candidate is square (wrong constants).");
            }
        }

        return (x, u.Sgn0 == y.Sgn0 ? y : -y);
    }

    /// <summary>The isogeny E′ → E; a zero denominator maps to the point at infinity (RFC 9380, section 6.6.3).</summary>
    private BlsPoint<T> Isogeny(T x, T y)
    {
        T xDen = Evaluate(_xDenominator, x);
        T yDen = Evaluate(_yDenominator, x);
        if (xDen.IsZero || yDen.IsZero)
        {
            return BlsPoint<T>.Infinity;
        }

        // One inversion for both denominators.
        T inv = (xDen * yDen).Inverse();
        T newX = Evaluate(_xNumerator, x) * yDen * inv;
        T newY = y * Evaluate(_yNumerator, x) * xDen * inv;
        return BlsPoint<T>.FromAffine(newX, newY);
    }

    private T CurveRightSide(T x) => (x.Square() * x) + (_a * x) + _b;

    /// <summary>Horner's rule over coefficients listed constant term first.</summary>
    private static T Evaluate(T[] coefficients, T x)
    {
        T result = coefficients[^1];
        for (int i = coefficients.Length - 2; i >= 0; i--)
        {
            result = (result * x) + coefficients[i];
        }

        return result;
    }
}
