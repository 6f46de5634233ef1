using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Instructions;

/// <summary>SLOAD, SSTORE (gas by <see cref="SstoreGas"/>), and the transient TLOAD, TSTORE (EIP-1153).</summary>
public static class StorageInstructions
{
    /// <summary>SLOAD(key): the executing account's storage slot; from Berlin a cold slot costs 2100 instead of 100.</summary>
    public static EvmStatus SLoad(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        ref UInt256 key = ref stack.Top;
        Address self = frame.Message.Recipient;
        if (context.Fork >= Fork.Berlin && context.Host.WarmUpStorage(self, key))
        {
            gas -= StateAccess.ColdSloadSurcharge;
            if (gas < 0)
            {
                return EvmStatus.OutOfGas;
            }
        }

        key = context.Host.GetStorage(self, key);
        return EvmStatus.Running;
    }

    /// <summary>
    /// SSTORE(key, value): writes the executing account's storage slot. From Istanbul it fails when
    /// no more than 2300 gas is left (EIP-2200); from Berlin a cold slot adds 2100 (EIP-2929);
    /// forbidden in a static call (EIP-214).
    /// </summary>
    public static EvmStatus SStore(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        Fork fork = context.Fork;
        if (SstoreGas.HasSentry(fork) && gas <= Eip2200.SentryGas)
        {
            return EvmStatus.OutOfGas;
        }

        IHost host = context.Host;
        Address self = frame.Message.Recipient;
        ref readonly UInt256 key = ref stack[0];
        ref readonly UInt256 value = ref stack[1];
        if (fork >= Fork.Berlin && host.WarmUpStorage(self, key))
        {
            gas -= Eip2929.ColdSloadCost;
        }

        UInt256 current = host.GetStorage(self, key);
        UInt256 original = SstoreGas.IsNetMetered(fork) ? host.GetOriginalStorage(self, key) : default;
        (int cost, int refund) = SstoreGas.Of(fork, original, current, value);
        gas -= cost;
        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        if (frame.Message.IsStatic)
        {
            return EvmStatus.StaticModeViolation;
        }

        if (refund != 0)
        {
            host.AddRefund(refund);
        }

        host.SetStorage(self, key, value);
        return EvmStatus.Running;
    }

    /// <summary>TLOAD(key) (EIP-1153): the executing account's transient slot.</summary>
    public static EvmStatus TLoad(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Top = frame.Context!.Host.GetTransientStorage(frame.Message.Recipient, stack.Top);
        return EvmStatus.Running;
    }

    /// <summary>TSTORE(key, value) (EIP-1153): writes a transient slot; forbidden in a static call.</summary>
    public static EvmStatus TStore(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        if (frame.Message.IsStatic)
        {
            return EvmStatus.StaticModeViolation;
        }

        frame.Context!.Host.SetTransientStorage(frame.Message.Recipient, stack[0], stack[1]);
        return EvmStatus.Running;
    }
}
