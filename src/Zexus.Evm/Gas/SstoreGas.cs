using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Gas;

/// <summary>
/// The gas and refund of SSTORE per fork, apart from the EIP-2929 cold-slot charge: the Frontier
/// rule (G_sset / G_sreset, R_sclear), and net metering — EIP-1283 in Constantinople (Petersburg
/// reverts to Frontier), EIP-2200 from Istanbul, repriced by EIP-2929 (Berlin) and EIP-3529 (London).
/// The net-metering forks differ only in their <see cref="Schedule"/>.
/// </summary>
public static class SstoreGas
{
    /// <summary>The constants of one net-metering fork.</summary>
    /// <param name="Noop">A no-op or dirty write (SLOAD_GAS; the warm read cost from Berlin).</param>
    /// <param name="Set">A clean slot written from zero (SSTORE_SET_GAS).</param>
    /// <param name="Reset">A clean non-zero slot changed (SSTORE_RESET_GAS, minus the cold read from Berlin).</param>
    /// <param name="ClearRefund">The refund for clearing a slot (SSTORE_CLEARS_SCHEDULE).</param>
    public readonly record struct Schedule(int Noop, int Set, int Reset, int ClearRefund);

    /// <summary>Whether <paramref name="fork"/> meters SSTORE by net change (EIP-1283, EIP-2200).</summary>
    public static bool IsNetMetered(Fork fork) => fork == Fork.Constantinople || fork >= Fork.Istanbul;

    /// <summary>Whether SSTORE fails when no more than the call stipend is left (EIP-2200, Istanbul).</summary>
    public static bool HasSentry(Fork fork) => fork >= Fork.Istanbul;

    /// <summary>The net-metering schedule of <paramref name="fork"/> (only meaningful when <see cref="IsNetMetered"/>).</summary>
    public static Schedule ScheduleOf(Fork fork) => fork switch
    {
        >= Fork.London => new(Eip2929.WarmStorageReadCost, Eip2200.SstoreSetGas, Eip2200.SstoreResetGas - Eip2929.ColdSloadCost, Eip3529.SstoreClearsSchedule),
        >= Fork.Berlin => new(Eip2929.WarmStorageReadCost, Eip2200.SstoreSetGas, Eip2200.SstoreResetGas - Eip2929.ColdSloadCost, Eip2200.SstoreClearsSchedule),
        >= Fork.Istanbul => new(Eip2200.SloadGas, Eip2200.SstoreSetGas, Eip2200.SstoreResetGas, Eip2200.SstoreClearsSchedule),
        _ => new(Eip1283.NoopOrDirtyGas, Eip2200.SstoreSetGas, Eip2200.SstoreResetGas, Eip2200.SstoreClearsSchedule),
    };

    /// <summary>
    /// The gas of writing <paramref name="value"/> to a slot holding <paramref name="current"/>
    /// (and <paramref name="original"/> at the start of the transaction), and the change of the
    /// refund counter, which may be negative.
    /// </summary>
    public static (int Gas, int Refund) Of(Fork fork, in UInt256 original, in UInt256 current, in UInt256 value)
    {
        if (!IsNetMetered(fork))
        {
            int gas = !value.IsZero && current.IsZero ? GasCost.StorageSet : GasCost.StorageReset;
            int refund = value.IsZero && !current.IsZero ? GasCost.StorageClearRefund : 0;
            return (gas, refund);
        }

        Schedule s = ScheduleOf(fork);
        if (current == value)
        {
            return (s.Noop, 0);
        }

        if (original == current)
        {
            // A clean slot: the first change in this transaction.
            return original.IsZero ? (s.Set, 0) : (s.Reset, value.IsZero ? s.ClearRefund : 0);
        }

        // A dirty slot: cheap, and the refunds given or taken earlier are corrected.
        int delta = 0;
        if (!original.IsZero)
        {
            if (current.IsZero)
            {
                delta -= s.ClearRefund;
            }
            else if (value.IsZero)
            {
                delta += s.ClearRefund;
            }
        }

        if (original == value)
        {
            delta += original.IsZero ? s.Set - s.Noop : s.Reset - s.Noop;
        }

        return (s.Noop, delta);
    }
}
