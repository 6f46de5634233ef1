namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2200 (Istanbul): structured definitions for net gas metering of SSTORE, with the 2300-gas
/// sentry (<see href="https://eips.ethereum.org/EIPS/eip-2200"/>).
/// </summary>
public static class Eip2200
{
    /// <summary>SLOAD_GAS: the cost of a no-op or dirty SSTORE (Istanbul: the EIP-1884 SLOAD cost).</summary>
    public const int SloadGas = 800;

    /// <summary>SSTORE_SET_GAS: a clean slot written from zero.</summary>
    public const int SstoreSetGas = 20_000;

    /// <summary>SSTORE_RESET_GAS: a clean non-zero slot changed.</summary>
    public const int SstoreResetGas = 5_000;

    /// <summary>SSTORE_CLEARS_SCHEDULE: the refund for clearing a slot (London lowers it, EIP-3529).</summary>
    public const int SstoreClearsSchedule = 15_000;

    /// <summary>SSTORE fails with out of gas when no more than this is left (the call stipend).</summary>
    public const int SentryGas = 2_300;
}
