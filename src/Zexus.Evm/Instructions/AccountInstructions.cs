using Zexus.Evm.Execution;
using Zexus.Host;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>
/// The reads of another account: BALANCE, EXTCODESIZE, EXTCODECOPY, EXTCODEHASH. From Berlin each
/// charges the EIP-2929 cold surcharge on the first access. An EIP-7702 delegated account shows its
/// designator bytes here, not the delegate's code.
/// </summary>
public static class AccountInstructions
{
    /// <summary>BALANCE(address).</summary>
    public static EvmStatus Balance(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        Address address = Address.FromUInt256(stack.Top);
        if (!StateAccess.ChargeAccountAccess(context, address, ref gas))
        {
            return EvmStatus.OutOfGas;
        }

        stack.Top = context.Host.GetBalance(address);
        return EvmStatus.Running;
    }

    /// <summary>EXTCODESIZE(address).</summary>
    public static EvmStatus ExtCodeSize(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        Address address = Address.FromUInt256(stack.Top);
        if (!StateAccess.ChargeAccountAccess(context, address, ref gas))
        {
            return EvmStatus.OutOfGas;
        }

        stack.Top = new UInt256((ulong)context.Host.GetCode(address).Length);
        return EvmStatus.Running;
    }

    /// <summary>EXTCODECOPY(address, destOffset, offset, size): as CODECOPY on the account's code.</summary>
    public static EvmStatus ExtCodeCopy(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        Address address = Address.FromUInt256(stack[0]);
        if (!StateAccess.ChargeAccountAccess(context, address, ref gas))
        {
            return EvmStatus.OutOfGas;
        }

        // The code is read only when something is copied: a zero size charges nothing more.
        ReadOnlySpan<byte> code = stack[3].IsZero ? default : context.Host.GetCode(address).Span;
        return CopyHelper.CopyToMemory(frame, ref gas, in stack[1], in stack[2], in stack[3], code)
            ? EvmStatus.Running
            : EvmStatus.OutOfGas;
    }

    /// <summary>
    /// EXTCODEHASH(address) (EIP-1052): Keccak-256 of the code, or 0 for an account that does not
    /// exist or is empty (EIP-161).
    /// </summary>
    public static EvmStatus ExtCodeHash(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        Address address = Address.FromUInt256(stack.Top);
        if (!StateAccess.ChargeAccountAccess(context, address, ref gas))
        {
            return EvmStatus.OutOfGas;
        }

        IHost host = context.Host;
        stack.Top = host.IsEmpty(address) ? default : host.GetCodeHash(address).ToUInt256();
        return EvmStatus.Running;
    }
}
