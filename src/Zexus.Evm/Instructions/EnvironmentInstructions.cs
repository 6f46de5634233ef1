using Zexus.Evm.Execution;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>
/// The instructions that read the executing message and the last sub-call's return data
/// (0x30-0x3E without the host-dependent BALANCE, ORIGIN, GASPRICE and EXTCODE*).
/// </summary>
public static class EnvironmentInstructions
{
    /// <summary>ADDRESS: I_a.</summary>
    public static EvmStatus Address(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = frame.Message.Recipient.ToUInt256();
        return EvmStatus.Running;
    }

    /// <summary>CALLER: I_s.</summary>
    public static EvmStatus Caller(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = frame.Message.Caller.ToUInt256();
        return EvmStatus.Running;
    }

    /// <summary>CALLVALUE: I_v.</summary>
    public static EvmStatus CallValue(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = frame.Message.Value;
        return EvmStatus.Running;
    }

    /// <summary>CALLDATALOAD(offset): 32 bytes of I_d from offset, zeros past its end.</summary>
    public static EvmStatus CallDataLoad(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        ref UInt256 offset = ref stack.Top;
        ReadOnlySpan<byte> input = frame.Message.Input.Span;
        if ((offset.u1 | offset.u2 | offset.u3) != 0 || offset.u0 >= (ulong)input.Length)
        {
            offset = default;
            return EvmStatus.Running;
        }

        ReadOnlySpan<byte> tail = input[(int)offset.u0..];
        if (tail.Length >= 32)
        {
            offset = new UInt256(tail[..32]);
        }
        else
        {
            Span<byte> word = stackalloc byte[32];
            word.Clear();
            tail.CopyTo(word);
            offset = new UInt256(word);
        }

        return EvmStatus.Running;
    }

    /// <summary>CALLDATASIZE: ‖I_d‖.</summary>
    public static EvmStatus CallDataSize(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = new UInt256((ulong)frame.Message.Input.Length);
        return EvmStatus.Running;
    }

    /// <summary>CALLDATACOPY(destOffset, offset, size).</summary>
    public static EvmStatus CallDataCopy(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        CopyHelper.CopyToMemory(frame, ref gas, in stack[0], in stack[1], in stack[2], frame.Message.Input.Span)
            ? EvmStatus.Running
            : EvmStatus.OutOfGas;

    /// <summary>CODESIZE: ‖I_b‖.</summary>
    public static EvmStatus CodeSize(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = new UInt256((ulong)frame.Code.CodeLength);
        return EvmStatus.Running;
    }

    /// <summary>CODECOPY(destOffset, offset, size).</summary>
    public static EvmStatus CodeCopy(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        CopyHelper.CopyToMemory(frame, ref gas, in stack[0], in stack[1], in stack[2], frame.Code.Code)
            ? EvmStatus.Running
            : EvmStatus.OutOfGas;

    /// <summary>RETURNDATASIZE (EIP-211): ‖μ_o‖.</summary>
    public static EvmStatus ReturnDataSize(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = new UInt256((ulong)frame.ReturnData.Length);
        return EvmStatus.Running;
    }

    /// <summary>
    /// RETURNDATACOPY(destOffset, offset, size) (EIP-211). Unlike the other copies, reading past the
    /// end of the return data is an exceptional halt, not zero fill.
    /// </summary>
    public static EvmStatus ReturnDataCopy(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        ref readonly UInt256 offset = ref stack[1];
        ref readonly UInt256 size = ref stack[2];
        ReadOnlySpan<byte> data = frame.ReturnData.Span;
        if (UInt256.AddOverflow(in offset, in size, out UInt256 end) || UInt256.Gt(in end, new UInt256((ulong)data.Length)))
        {
            return EvmStatus.InvalidMemoryAccess;
        }

        return CopyHelper.CopyToMemory(frame, ref gas, in stack[0], in offset, in size, data)
            ? EvmStatus.Running
            : EvmStatus.OutOfGas;
    }
}
