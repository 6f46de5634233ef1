using System.Runtime.CompilerServices;

namespace Zexus.Primitives;

/// <summary>
/// Division steps by invariant integers, after N. Möller and T. Granlund, "Improved division by
/// invariant integers", IEEE Transactions on Computers 60(2), 2011 (algorithms 2, 4, 5 and 6).
/// A normalized divisor's reciprocal turns each 128-by-64 (or 192-by-128) quotient digit into a
/// couple of multiplications — x64 has no portable 128/64 DIV intrinsic in .NET, and the
/// software <see cref="UInt128"/> division is far slower.
/// </summary>
/// <remarks>β = 2^64 throughout. "Normalized" means the top bit of the (top) divisor limb is set.</remarks>
internal static class DivisionPrimitives
{
    /// <summary>⌊(2^19 - 3·2^8) / d9⌋ for d9 in [256, 512): the 11-bit seed of the reciprocal.</summary>
    private static readonly ushort[] ReciprocalTable = BuildReciprocalTable();

    private static ushort[] BuildReciprocalTable()
    {
        var table = new ushort[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = (ushort)(0x7FD00 / (256 + i));
        }

        return table;
    }

    /// <summary>
    /// v = ⌊(β² - 1) / d⌋ - β for a normalized <paramref name="d"/> (Möller–Granlund algorithm 2,
    /// three Newton steps from a table seed; no division instruction).
    /// </summary>
    internal static ulong Reciprocal2By1(ulong d)
    {
        ulong d9 = d >> 55;
        ulong v0 = ReciprocalTable[(int)(d9 - 256)];

        ulong d40 = (d >> 24) + 1;
        ulong v1 = (v0 << 11) - ((ulong)(uint)(v0 * v0) * d40 >> 40) - 1;

        ulong v2 = (v1 << 13) + ((v1 * (0x1000000000000000UL - (v1 * d40))) >> 47);

        ulong d0 = d & 1;
        ulong d63 = (d >> 1) + d0;
        ulong e = ((v2 >> 1) & (0UL - d0)) - (v2 * d63);
        ulong v3 = (Math.BigMul(v2, e, out _) >> 1) + (v2 << 31);

        ulong high = Math.BigMul(v3, d, out ulong low);
        low += d;
        high += low < d ? 1UL : 0UL;
        return v3 - high - d;
    }

    /// <summary>
    /// The 3-by-2 reciprocal ⌊(β³ - 1) / (d1·β + d0)⌋ - β of a normalized two-limb divisor
    /// (Möller–Granlund algorithm 6).
    /// </summary>
    internal static ulong Reciprocal3By2(ulong d1, ulong d0)
    {
        ulong v = Reciprocal2By1(d1);
        ulong p = d1 * v;
        p += d0;
        if (p < d0)
        {
            v--;
            if (p >= d1)
            {
                v--;
                p -= d1;
            }

            p -= d1;
        }

        ulong t1 = Math.BigMul(v, d0, out ulong t0);
        p += t1;
        if (p < t1)
        {
            v--;
            if (p > d1 || (p == d1 && t0 >= d0))
            {
                v--;
            }
        }

        return v;
    }

    /// <summary>
    /// ⌊(u1·β + u0) / d⌋ with the remainder in <paramref name="remainder"/>, for a normalized d
    /// with reciprocal v and u1 &lt; d (Möller–Granlund algorithm 4).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DivRem2By1(ulong u1, ulong u0, ulong d, ulong v, out ulong remainder)
    {
        ulong q1 = Math.BigMul(v, u1, out ulong q0);
        ulong sum = q0 + u0;
        q1 += u1 + (sum < q0 ? 1UL : 0UL);
        q0 = sum;
        q1++;

        ulong r = u0 - (q1 * d);
        if (r > q0)
        {
            q1--;
            r += d;
        }

        if (r >= d)
        {
            q1++;
            r -= d;
        }

        remainder = r;
        return q1;
    }

    /// <summary>
    /// ⌊(u2·β² + u1·β + u0) / (d1·β + d0)⌋ for a normalized two-limb divisor with reciprocal v and
    /// (u2, u1) &lt; (d1, d0); the two-limb remainder goes to r1:r0 (Möller–Granlund algorithm 5).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DivRem3By2(ulong u2, ulong u1, ulong u0, ulong d1, ulong d0, ulong v, out ulong r1, out ulong r0)
    {
        ulong q1 = Math.BigMul(v, u2, out ulong q0);
        ulong sum = q0 + u1;
        q1 += u2 + (sum < q0 ? 1UL : 0UL);
        q0 = sum;

        ulong rHigh = u1 - (q1 * d1);
        ulong t1 = Math.BigMul(d0, q1, out ulong t0);

        // (rHigh, u0) - (t1, t0) - (d1, d0), modulo β².
        UInt128 r = new UInt128(rHigh, u0) - new UInt128(t1, t0) - new UInt128(d1, d0);
        q1++;

        if ((ulong)(r >> 64) >= q0)
        {
            q1--;
            r += new UInt128(d1, d0);
        }

        if (r >= new UInt128(d1, d0))
        {
            q1++;
            r -= new UInt128(d1, d0);
        }

        r1 = (ulong)(r >> 64);
        r0 = (ulong)r;
        return q1;
    }
}
