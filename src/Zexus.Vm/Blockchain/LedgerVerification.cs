namespace Zexus.Vm.Blockchain;

/// <summary>The outcome of <see cref="Ledger.Verify"/>: deconstructs as <c>(ok, firstBadIndex, reason)</c>.</summary>
/// <param name="Ok">True when every entry is intact and linked.</param>
/// <param name="FirstBadIndex">The position (not the claimed index) of the first bad entry, or null.</param>
/// <param name="Reason">Why that entry is bad, in English, or null.</param>
public readonly record struct LedgerVerification(bool Ok, int? FirstBadIndex, string? Reason)
{
    public static LedgerVerification Valid => new(true, null, null);

    public static LedgerVerification Bad(int position, string reason) => new(false, position, reason);
}
