namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-196: precompiled contracts for addition and scalar multiplication on the elliptic curve alt_bn128
/// (<see href="https://eips.ethereum.org/EIPS/eip-196"/>; Byzantium). Istanbul repriced both (<see cref="Eip1108"/>).
/// </summary>
public static class Eip196
{
    /// <summary>ECADD (0x06) gas in Byzantium to Petersburg.</summary>
    public const long AddGas = 500;

    /// <summary>ECMUL (0x07) gas in Byzantium to Petersburg.</summary>
    public const long MulGas = 40_000;
}
