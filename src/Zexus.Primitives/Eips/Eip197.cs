namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-197: precompiled contract for the optimal ate pairing check on alt_bn128
/// (<see href="https://eips.ethereum.org/EIPS/eip-197"/>; Byzantium). Istanbul repriced it (<see cref="Eip1108"/>).
/// </summary>
public static class Eip197
{
    /// <summary>Fixed part of the pairing (0x08) gas in Byzantium to Petersburg.</summary>
    public const long PairingBaseGas = 100_000;

    /// <summary>Pairing gas per (G1, G2) pair in Byzantium to Petersburg.</summary>
    public const long PairingPerPairGas = 80_000;
}
