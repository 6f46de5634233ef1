namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1283 (Constantinople only; removed by Petersburg, EIP-1716): net gas metering for SSTORE
/// without dirty maps (<see href="https://eips.ethereum.org/EIPS/eip-1283"/>).
/// </summary>
public static class Eip1283
{
    /// <summary>The cost of a no-op or dirty SSTORE (the SLOAD cost of the time, 200).</summary>
    public const int NoopOrDirtyGas = 200;
}
