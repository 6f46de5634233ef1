namespace Zexus.Crypto.Bls12381;

/// <summary>The subgroup membership test shared by G1 and G2.</summary>
public static class Subgroup
{
    private static readonly byte[] Order = Bls12381Parameters.R.ToByteArray(isUnsigned: true, isBigEndian: true);

    /// <summary>Whether r·P is the point at infinity, that is P lies in the order-r subgroup.</summary>
    public static bool IsTorsion<T>(BlsPoint<T> point)
        where T : unmanaged, IBlsField<T> => point.Multiply(Order).IsInfinity;
}
