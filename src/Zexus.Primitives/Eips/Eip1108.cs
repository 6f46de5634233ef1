namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1108: reduce alt_bn128 precompile gas costs (<see href="https://eips.ethereum.org/EIPS/eip-1108"/>; Istanbul).
/// </summary>
public static class Eip1108
{
    /// <summary>ECADD (0x06) gas.</summary>
    public const long AddGas = 150;

    /// <summary>ECMUL (0x07) gas.</summary>
    public const long MulGas = 6_000;

    /// <summary>Fixed part of the pairing (0x08) gas.</summary>
    public const long PairingBaseGas = 45_000;

    /// <summary>Pairing gas per (G1, G2) pair.</summary>
    public const long PairingPerPairGas = 34_000;
}
