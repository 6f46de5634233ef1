namespace Zexus.Crypto.Bn254;

/// <summary>
/// The field operations the curve code needs, so one point implementation (<see cref="CurvePoint{TField}"/>)
/// serves G1 over <see cref="Fp"/> and G2 over <see cref="Fp2"/>. Value-type generics are specialised
/// by the JIT, so the abstraction costs nothing at run time.
/// </summary>
/// <typeparam name="TSelf">The implementing field element type.</typeparam>
public interface IField<TSelf> : IEquatable<TSelf>
    where TSelf : unmanaged, IField<TSelf>
{
    /// <summary>The additive identity.</summary>
    static abstract TSelf Zero { get; }

    /// <summary>The multiplicative identity.</summary>
    static abstract TSelf One { get; }

    /// <summary>Whether this is the additive identity.</summary>
    bool IsZero { get; }

    /// <summary>The sum a + b.</summary>
    static abstract TSelf operator +(in TSelf a, in TSelf b);

    /// <summary>The difference a − b.</summary>
    static abstract TSelf operator -(in TSelf a, in TSelf b);

    /// <summary>The negation −a.</summary>
    static abstract TSelf operator -(in TSelf a);

    /// <summary>The product a · b.</summary>
    static abstract TSelf operator *(in TSelf a, in TSelf b);

    /// <summary>Whether a equals b.</summary>
    static abstract bool operator ==(in TSelf a, in TSelf b);

    /// <summary>Whether a differs from b.</summary>
    static abstract bool operator !=(in TSelf a, in TSelf b);

    /// <summary>This element squared.</summary>
    TSelf Square();

    /// <summary>This element doubled.</summary>
    TSelf Double();

    /// <summary>The multiplicative inverse; zero maps to zero.</summary>
    TSelf Inverse();
}
