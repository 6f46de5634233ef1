namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2929: gas cost increases for state access opcodes (<see href="https://eips.ethereum.org/EIPS/eip-2929"/>; Berlin).
/// </summary>
public static class Eip2929
{
    /// <summary>Access of a storage slot already in the access set (also the static part of SLOAD and the account opcodes).</summary>
    public const int WarmStorageReadCost = 100;

    /// <summary>First access of a storage slot in the transaction (SLOAD charges this instead of the warm cost).</summary>
    public const int ColdSloadCost = 2100;

    /// <summary>First access of an account in the transaction (BALANCE, EXTCODE*, CALL family).</summary>
    public const int ColdAccountAccessCost = 2600;
}
