using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>KECCAK256 (0x20; SHA3 in the Yellow Paper).</summary>
public static class KeccakInstructions
{
    /// <summary>
    /// KECCAK256(offset, size): the Keccak-256 of memory[offset, offset + size); G_keccak256 (static)
    /// + G_keccak256word per word + memory expansion.
    /// </summary>
    public static EvmStatus Keccak256(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        if (!frame.Memory.TryExpand(ref gas, in stack[0], in stack[1], out int start, out int count))
        {
            return EvmStatus.OutOfGas;
        }

        gas -= GasCost.Keccak256Word * (long)Words(count);
        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        Span<byte> hash = stackalloc byte[32];
        Keccak.Keccak256(frame.Memory.Span.Slice(start, count), hash);
        stack[1] = new UInt256(hash);
        return EvmStatus.Running;
    }

    /// <summary>⌈bytes ÷ 32⌉.</summary>
    internal static int Words(int bytes) => (int)(((uint)bytes + 31u) >> 5);
}
