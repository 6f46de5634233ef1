namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-3198: BASEFEE opcode (<see href="https://eips.ethereum.org/EIPS/eip-3198"/>; London).
/// </summary>
public static class Eip3198
{
    /// <summary>BASEFEE (G_base).</summary>
    public const int BaseFeeCost = 2;
}
