namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-150: gas cost changes for IO-heavy operations (<see href="https://eips.ethereum.org/EIPS/eip-150"/>; Tangerine Whistle).
/// </summary>
public static class Eip150
{
    /// <summary>BALANCE.</summary>
    public const int BalanceCost = 400;

    /// <summary>EXTCODESIZE and EXTCODECOPY (before the copy cost).</summary>
    public const int ExtCodeCost = 700;

    /// <summary>SLOAD.</summary>
    public const int SloadCost = 200;

    /// <summary>CALL, CALLCODE, DELEGATECALL (and STATICCALL, EIP-214).</summary>
    public const int CallCost = 700;

    /// <summary>SELFDESTRUCT.</summary>
    public const int SelfDestructCost = 5000;

    /// <summary>A call or create passes on at most all but one 64th of the gas left (L(n) = n − ⌊n/64⌋).</summary>
    public const int CallGasRetentionDivisor = 64;
}
