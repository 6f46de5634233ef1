using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>MLOAD, MSTORE, MSTORE8, MSIZE, MCOPY: memory access, each charging its expansion.</summary>
public static class MemoryInstructions
{
    /// <summary>MLOAD(offset): the 32 bytes at offset.</summary>
    public static EvmStatus MLoad(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        if (!frame.Memory.TryExpand(ref gas, in stack.Top, 32, out int start))
        {
            return EvmStatus.OutOfGas;
        }

        stack.Top = new UInt256(frame.Memory.Span.Slice(start, 32));
        return EvmStatus.Running;
    }

    /// <summary>MSTORE(offset, value): value as 32 big-endian bytes at offset.</summary>
    public static EvmStatus MStore(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        if (!frame.Memory.TryExpand(ref gas, in stack[0], 32, out int start))
        {
            return EvmStatus.OutOfGas;
        }

        stack[1].WriteBigEndian(frame.Memory.Span.Slice(start, 32));
        return EvmStatus.Running;
    }

    /// <summary>MSTORE8(offset, value): the low byte of value at offset.</summary>
    public static EvmStatus MStore8(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        if (!frame.Memory.TryExpand(ref gas, in stack[0], 1, out int start))
        {
            return EvmStatus.OutOfGas;
        }

        frame.Memory.Span[start] = (byte)stack[1].u0;
        return EvmStatus.Running;
    }

    /// <summary>MSIZE: the active memory size in bytes.</summary>
    public static EvmStatus MSize(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = new UInt256((ulong)frame.Memory.Size);
        return EvmStatus.Running;
    }

    /// <summary>
    /// MCOPY(dst, src, size) (EIP-5656): copies memory[src, src + size) to dst as if through an
    /// intermediate buffer (overlap allowed); G_verylow + G_copy per word + expansion to cover both
    /// ranges.
    /// </summary>
    public static EvmStatus MCopy(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        ref readonly UInt256 size = ref stack[2];
        if (size.IsZero)
        {
            return EvmStatus.Running;
        }

        ref readonly UInt256 dst = ref stack[0];
        ref readonly UInt256 src = ref stack[1];
        ref readonly UInt256 further = ref UInt256.Gt(in src, in dst) ? ref src : ref dst;
        if (!frame.Memory.TryExpand(ref gas, in further, in size, out _, out int count))
        {
            return EvmStatus.OutOfGas;
        }

        gas -= GasCost.Copy * (long)KeccakInstructions.Words(count);
        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        Span<byte> memory = frame.Memory.Span;
        memory.Slice((int)src.u0, count).CopyTo(memory.Slice((int)dst.u0, count));
        return EvmStatus.Running;
    }
}
