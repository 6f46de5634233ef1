using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>
/// k·B for a fixed base B with a precomputed table of j·16^i·B (i &lt; 64, j &lt; 16): a 256-bit scalar costs at most 64
/// additions and no doublings. Larger scalars fall back to <see cref="BlsPoint{T}.Multiply(BigInteger)"/>.
/// </summary>
/// <typeparam name="T">The coordinate field.</typeparam>
// PERF (Bls12381Benchmarks.PointEvaluation): the KZG check multiplies both generators by 255-bit scalars every call.
internal sealed class FixedBaseMultiplier<T>
    where T : unmanaged, IBlsField<T>
{
    private const int Windows = 64;

    private readonly BlsPoint<T> _base;
    private readonly BlsPoint<T>[] _table = new BlsPoint<T>[Windows * 16];

    /// <summary>Builds the table for <paramref name="basePoint"/> (about 1,000 additions and 256 doublings).</summary>
    public FixedBaseMultiplier(BlsPoint<T> basePoint)
    {
        _base = basePoint;
        BlsPoint<T> power = basePoint;
        for (int i = 0; i < Windows; i++)
        {
            _table[i * 16] = BlsPoint<T>.Infinity;
            for (int j = 1; j < 16; j++)
            {
                _table[(i * 16) + j] = _table[(i * 16) + j - 1] + power;
            }

            power = power.Double().Double().Double().Double();
        }
    }

    /// <summary>k·B for a non-negative scalar.</summary>
    public BlsPoint<T> Multiply(BigInteger scalar)
    {
        if (scalar.Sign < 0 || scalar.GetBitLength() > Windows * 4)
        {
            return _base.Multiply(BigInteger.Abs(scalar)) is var p && scalar.Sign < 0 ? p.Negate() : p;
        }

        Span<byte> bytes = stackalloc byte[Windows / 2];
        bytes.Clear();
        scalar.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        BlsPoint<T> acc = BlsPoint<T>.Infinity;
        for (int i = 0; i < Windows; i++)
        {
            int digit = (bytes[i >> 1] >> ((i & 1) * 4)) & 0xF;
            if (digit != 0)
            {
                acc += _table[(i * 16) + digit];
            }
        }

        return acc;
    }
}
