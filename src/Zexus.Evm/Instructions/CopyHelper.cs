using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>The shared body of CALLDATACOPY, CODECOPY (and later EXTCODECOPY): copy with zero fill.</summary>
internal static class CopyHelper
{
    /// <summary>
    /// Copies source[srcOffset, srcOffset + size) to memory[destOffset, …), reading zeros past the
    /// end of the source; charges memory expansion and G_copy per word. False means out of gas.
    /// </summary>
    public static bool CopyToMemory(EvmFrame frame, ref long gas, in UInt256 destOffset, in UInt256 srcOffset, in UInt256 size, ReadOnlySpan<byte> source)
    {
        if (!frame.Memory.TryExpand(ref gas, in destOffset, in size, out int start, out int count))
        {
            return false;
        }

        gas -= GasCost.Copy * (long)KeccakInstructions.Words(count);
        if (gas < 0)
        {
            return false;
        }

        if (count == 0)
        {
            return true;
        }

        Span<byte> destination = frame.Memory.Span.Slice(start, count);
        int copied = 0;
        if ((srcOffset.u1 | srcOffset.u2 | srcOffset.u3) == 0 && srcOffset.u0 < (ulong)source.Length)
        {
            ReadOnlySpan<byte> available = source[(int)srcOffset.u0..];
            copied = Math.Min(available.Length, count);
            available[..copied].CopyTo(destination);
        }

        destination[copied..].Clear();
        return true;
    }
}
