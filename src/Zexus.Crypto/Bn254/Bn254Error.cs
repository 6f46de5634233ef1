namespace Zexus.Crypto.Bn254;

/// <summary>Why an EIP-196/EIP-197 input was rejected; every rejection makes the precompile call fail.</summary>
public enum Bn254Error
{
    /// <summary>The input was valid.</summary>
    None,

    /// <summary>A coordinate is not below the field prime p.</summary>
    CoordinateNotInField,

    /// <summary>A G1 point is not on y² = x³ + 3, or a G2 point not on the twist y² = x³ + 3 / (9 + u).</summary>
    PointNotOnCurve,

    /// <summary>A G2 point is on the twist but not in its order-r subgroup.</summary>
    PointNotInSubgroup,

    /// <summary>The pairing input length is not a multiple of 192 bytes.</summary>
    InvalidInputLength,
}
