using System.Runtime.CompilerServices;
using Zexus.Evm.Gas;
using Zexus.Primitives;

namespace Zexus.Evm.Execution;

/// <summary>
/// The EVM memory of one frame: a byte array that grows in 32-byte words and is charged by the
/// quadratic cost C_mem(a) = 3·a + a²/512 for a words (Yellow Paper appendix H.1, equation 326).
/// Reusable: <see cref="Reset"/> clears it for the next frame without giving the buffer back.
/// </summary>
/// <remarks>
/// Sizes past <see cref="MaxSize"/> (2 GiB) are reported as out of gas without allocating: the
/// cost of that much memory is about 8.8·10^12 gas, far above any block gas limit, so no valid
/// transaction can tell the difference (evmone caps at 4 GiB the same way).
/// </remarks>
public sealed class EvmMemory
{
    /// <summary>The largest memory size in bytes this implementation will allocate (a multiple of 32).</summary>
    public const int MaxSize = 0x7FFF_FFC0;

    private byte[] _buffer;
    private int _size;
    private long _cost;

    /// <summary>An empty memory with <paramref name="initialCapacity"/> bytes reserved.</summary>
    public EvmMemory(int initialCapacity = 4096) => _buffer = new byte[initialCapacity];

    /// <summary>The active size in bytes (MSIZE): always a multiple of 32.</summary>
    public int Size => _size;

    /// <summary>The active memory.</summary>
    public Span<byte> Span => _buffer.AsSpan(0, _size);

    /// <summary>The gas already paid for the current size, C_mem(Size / 32).</summary>
    public long Cost => _cost;

    /// <summary>C_mem(words) = G_memory·words + words²/512.</summary>
    public static long CostOf(long words) => (GasCost.Memory * words) + (words * words / GasCost.QuadraticMemoryDivisor);

    /// <summary>Empties the memory for the next frame, keeping the buffer.</summary>
    public void Reset()
    {
        _buffer.AsSpan(0, _size).Clear();
        _size = 0;
        _cost = 0;
    }

    /// <summary>
    /// Charges the expansion needed to access [<paramref name="offset"/>, offset + <paramref name="length"/>)
    /// and grows the memory. Returns false (out of gas) when <paramref name="gas"/> does not cover it.
    /// A zero length touches no memory whatever the offset (Yellow Paper M(s, f, 0) = s).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryExpand(ref long gas, in UInt256 offset, in UInt256 length, out int start, out int count)
    {
        if (length.IsZero)
        {
            start = 0;
            count = 0;
            return true;
        }

        if ((offset.u1 | offset.u2 | offset.u3 | length.u1 | length.u2 | length.u3) != 0
            || offset.u0 > MaxSize || length.u0 > MaxSize)
        {
            start = 0;
            count = 0;
            return false;
        }

        start = (int)offset.u0;
        count = (int)length.u0;
        return TryExpand(ref gas, offset.u0 + length.u0);
    }

    /// <summary>Charges and grows for a fixed-length access (MLOAD, MSTORE: 32; MSTORE8: 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryExpand(ref long gas, in UInt256 offset, int length, out int start)
    {
        if ((offset.u1 | offset.u2 | offset.u3) != 0 || offset.u0 > MaxSize)
        {
            start = 0;
            return false;
        }

        start = (int)offset.u0;
        return TryExpand(ref gas, offset.u0 + (ulong)length);
    }

    /// <summary>Charges and grows so that the memory covers the first <paramref name="end"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryExpand(ref long gas, ulong end)
    {
        // PERF (EvmInterpreterBenchmarks): the common case, memory already large enough, is one compare.
        return end <= (ulong)_size || Grow(ref gas, end);
    }

    private bool Grow(ref long gas, ulong end)
    {
        if (end > MaxSize)
        {
            return false;
        }

        long words = (long)((end + 31) >> 5);
        long newCost = CostOf(words);
        gas -= newCost - _cost;
        if (gas < 0)
        {
            return false;
        }

        int newSize = (int)(words << 5);
        if (newSize > _buffer.Length)
        {
            int capacity = (int)Math.Min(MaxSize, Math.Max((long)newSize, 2L * _buffer.Length));
            var bigger = new byte[capacity];
            _buffer.AsSpan(0, _size).CopyTo(bigger);
            _buffer = bigger;
        }

        _size = newSize;
        _cost = newCost;
        return true;
    }
}
