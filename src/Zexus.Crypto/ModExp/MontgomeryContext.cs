using System.Numerics;

namespace Zexus.Crypto.ModExp;

/// <summary>
/// Montgomery arithmetic modulo an odd m of k 64-bit limbs, with R = 2^(64k): numbers are kept as
/// ã = a · R mod m so that a product needs no division (Montgomery, "Modular multiplication
/// without trial division", 1985). Multiplication is the CIOS variant (Koç, Acar, Kaliski,
/// "Analyzing and comparing Montgomery multiplication algorithms", 1996).
/// </summary>
/// <remarks>Not constant-time: the final subtraction depends on the operands.</remarks>
internal sealed class MontgomeryContext
{
    private readonly ulong[] _modulus;
    private readonly ulong[] _rSquared;
    private readonly ulong[] _scratch;
    private readonly ulong _inverse;

    /// <param name="modulus">The odd modulus m &gt; 1 as little-endian limbs whose top limb is non-zero.</param>
    public MontgomeryContext(ReadOnlySpan<ulong> modulus)
    {
        if (modulus.IsEmpty || (modulus[0] & 1) == 0 || modulus[^1] == 0)
        {
            throw new ArgumentException("The modulus must be odd with a non-zero top limb.", nameof(modulus));
        }

        _modulus = modulus.ToArray();
        LimbCount = modulus.Length;
        _inverse = NegativeInverse(modulus[0]);
        _scratch = new ulong[LimbCount + 2];

        // R² mod m once per modulus; a single division that BigInteger does well.
        BigInteger m = ToBigInteger(modulus);
        BigInteger rSquared = (BigInteger.One << (128 * LimbCount)) % m;
        _rSquared = new ulong[LimbCount];
        FromBigInteger(rSquared, _rSquared);
    }

    /// <summary>k, the limb count of the modulus and of every operand.</summary>
    public int LimbCount { get; }

    /// <summary>The modulus limbs.</summary>
    public ReadOnlySpan<ulong> Modulus => _modulus;

    /// <summary>result = a · b · R⁻¹ mod m for a, b &lt; m; <paramref name="result"/> may alias an operand.</summary>
    // PERF (ModExpBenchmarks.Mod32_Exp256Bits): the multiplication and reduction passes of CIOS are
    // fused into one loop over j with two carry chains, halving the loop overhead and the traffic
    // on t.
    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        ReadOnlySpan<ulong> n = _modulus;
        int k = n.Length;
        a = a[..k];
        b = b[..k];
        Span<ulong> t = _scratch.AsSpan(0, k + 1);
        t.Clear();
        for (int i = 0; i < k; i++)
        {
            ulong bi = b[i];
            ulong productCarry = 0;
            ulong low = Limbs.MulAdd(a[0], bi, t[0], ref productCarry);
            ulong q = low * _inverse;
            ulong reduceCarry = 0;
            Limbs.MulAdd(q, n[0], low, ref reduceCarry); // the low limb becomes 0 by the choice of q
            for (int j = 1; j < k; j++)
            {
                low = Limbs.MulAdd(a[j], bi, t[j], ref productCarry);
                t[j - 1] = Limbs.MulAdd(q, n[j], low, ref reduceCarry);
            }

            ulong firstCarry = 0, secondCarry = 0;
            ulong sum = Limbs.AddCarry(t[k], productCarry, ref firstCarry);
            t[k - 1] = Limbs.AddCarry(sum, reduceCarry, ref secondCarry);
            t[k] = firstCarry + secondCarry;
        }

        // t < 2m: one conditional subtraction brings it below m.
        if (t[k] != 0 || Limbs.GreaterOrEqual(t[..k], n))
        {
            Limbs.SubtractInPlace(t[..k], n);
        }

        t[..k].CopyTo(result);
    }

    /// <summary>ã = a · R mod m for a &lt; m.</summary>
    public void ToMontgomery(ReadOnlySpan<ulong> a, Span<ulong> result) => Multiply(a, _rSquared, result);

    /// <summary>a = ã · R⁻¹ mod m.</summary>
    public void FromMontgomery(ReadOnlySpan<ulong> a, Span<ulong> result)
    {
        Span<ulong> one = stackalloc ulong[LimbCount];
        one.Clear();
        one[0] = 1;
        Multiply(a, one, result);
    }

    /// <summary>The unsigned number held in little-endian limbs.</summary>
    public static BigInteger ToBigInteger(ReadOnlySpan<ulong> limbs)
    {
        byte[] bytes = new byte[limbs.Length * 8];
        Limbs.ToBigEndian(limbs, bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Writes 0 ≤ <paramref name="value"/> &lt; 2^(64 · limbs.Length) into little-endian limbs.</summary>
    public static void FromBigInteger(BigInteger value, Span<ulong> limbs)
    {
        limbs.Clear();
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        Limbs.FromBigEndian(bytes, limbs);
    }

    /// <summary>−m⁻¹ mod 2⁶⁴ for odd m by Newton's iteration (each step doubles the correct bits).</summary>
    private static ulong NegativeInverse(ulong m0)
    {
        ulong inverse = m0; // correct to 3 bits for odd m0
        for (int i = 0; i < 5; i++)
        {
            inverse *= 2 - (m0 * inverse);
        }

        return 0 - inverse;
    }
}
