using System.Security.Cryptography;
using Zexus.Primitives;

namespace Zexus.Crypto;

/// <summary>
/// Deterministic ECDSA nonces per RFC 6979, section 3.2, with HMAC-SHA-256 over secp256k1's order
/// n (qlen = hlen = 256, so bits2int needs no shift and one HMAC output is a whole candidate T).
/// </summary>
/// <remarks>
/// <see cref="Next"/> returns candidates in order; calling it again after a candidate proved
/// unsuitable (r = 0 or s = 0) performs the step 3.2.h.3 update K = HMAC_K(V ‖ 0x00),
/// V = HMAC_K(V) and continues the search, as the RFC requires.
/// </remarks>
internal sealed class Rfc6979Nonce
{
    private const int Length = 32;

    private readonly byte[] _k = new byte[Length];
    private readonly byte[] _v = new byte[Length];
    private bool _started;

    /// <param name="privateKey">int2octets(x): the private key as 32 big-endian bytes.</param>
    /// <param name="hash">h1, the 32-byte message hash.</param>
    public Rfc6979Nonce(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> hash)
    {
        // bits2octets(h1) = int2octets(bits2int(h1) mod q); bits2int(h1) < 2²⁵⁶ < 2q, so one subtraction.
        Span<byte> hashOctets = stackalloc byte[Length];
        Secp256k1Scalar.Reduce(new UInt256(hash)).WriteBigEndian(hashOctets);

        // Steps b and c.
        _v.AsSpan().Fill(0x01);
        _k.AsSpan().Clear();

        // Steps d to g.
        Span<byte> seed = stackalloc byte[Length + 1 + Length + Length];
        for (byte separator = 0x00; separator <= 0x01; separator++)
        {
            _v.CopyTo(seed);
            seed[Length] = separator;
            privateKey.CopyTo(seed[(Length + 1)..]);
            hashOctets.CopyTo(seed[((2 * Length) + 1)..]);
            HMACSHA256.HashData(_k, seed, _k);
            HMACSHA256.HashData(_k, _v, _v);
        }
    }

    /// <summary>The next candidate k with 1 ≤ k &lt; n (step h).</summary>
    public UInt256 Next()
    {
        if (_started)
        {
            Reseed();
        }

        _started = true;
        while (true)
        {
            HMACSHA256.HashData(_k, _v, _v);
            var k = new UInt256(_v);
            if (Secp256k1Scalar.IsValid(k))
            {
                return k;
            }

            Reseed();
        }
    }

    private void Reseed()
    {
        Span<byte> data = stackalloc byte[Length + 1];
        _v.CopyTo(data);
        data[Length] = 0x00;
        HMACSHA256.HashData(_k, data, _k);
        HMACSHA256.HashData(_k, _v, _v);
    }
}
