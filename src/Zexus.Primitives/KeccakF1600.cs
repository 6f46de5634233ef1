using System.Numerics;

namespace Zexus.Primitives;

/// <summary>
/// The Keccak-f[1600] permutation (FIPS 202, section 3.3 and 3.4: θ, ρ, π, χ, ι over 24 rounds),
/// shared by Keccak-256 and the SHA-3 functions through <see cref="KeccakHasher"/>.
/// </summary>
/// <remarks>
/// Lane <c>aNN</c> is A[x, y] with NN = x + 5y, the FIPS 202 lane order, which is also the order of
/// the little-endian 64-bit words of the sponge's byte string.
/// </remarks>
internal static class KeccakF1600
{
    /// <summary>The number of 64-bit lanes in the state.</summary>
    public const int Lanes = 25;

    /// <summary>RC[i] of the ι step (FIPS 202, algorithm 5 and 6), one per round.</summary>
    private static ReadOnlySpan<ulong> RoundConstants =>
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808AUL, 0x8000000080008000UL,
        0x000000000000808BUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008AUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000AUL,
        0x000000008000808BUL, 0x800000000000008BUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800AUL, 0x800000008000000AUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    /// <summary>Applies Keccak-f[1600] to <paramref name="state"/> (25 lanes) in place.</summary>
    // PERF: Keccak-256 is the EVM's hot hash (KECCAK256 opcode, storage keys, addresses); the 25
    // lanes live in locals for all 24 rounds and each round's θ, ρ, π, χ, ι steps are written out
    // lane by lane, so the JIT keeps the state in registers and spills instead of indexing arrays.
    // Benchmark: bench/ Keccak256 (to be added with the EVM benchmarks).
    public static void Permute(Span<ulong> state)
    {
        if (state.Length < Lanes)
        {
            ThrowStateTooShort();
        }

        ulong a00 = state[0], a01 = state[1], a02 = state[2], a03 = state[3], a04 = state[4];
        ulong a05 = state[5], a06 = state[6], a07 = state[7], a08 = state[8], a09 = state[9];
        ulong a10 = state[10], a11 = state[11], a12 = state[12], a13 = state[13], a14 = state[14];
        ulong a15 = state[15], a16 = state[16], a17 = state[17], a18 = state[18], a19 = state[19];
        ulong a20 = state[20], a21 = state[21], a22 = state[22], a23 = state[23], a24 = state[24];

        ReadOnlySpan<ulong> roundConstants = RoundConstants;
        for (int round = 0; round < 24; round++)
        {
            // θ: column parities c, and d[x] = c[x-1] ^ rot(c[x+1], 1), folded into ρ and π below.
            ulong c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
            ulong c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
            ulong c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
            ulong c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
            ulong c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
            ulong d0 = c4 ^ BitOperations.RotateLeft(c1, 1);
            ulong d1 = c0 ^ BitOperations.RotateLeft(c2, 1);
            ulong d2 = c1 ^ BitOperations.RotateLeft(c3, 1);
            ulong d3 = c2 ^ BitOperations.RotateLeft(c4, 1);
            ulong d4 = c3 ^ BitOperations.RotateLeft(c0, 1);

            // ρ and π: b[y, 2x+3y] = rot(a[x, y] ^ d[x], r[x, y]).
            ulong b00 = a00 ^ d0;
            ulong b16 = BitOperations.RotateLeft(a05 ^ d0, 36);
            ulong b07 = BitOperations.RotateLeft(a10 ^ d0, 3);
            ulong b23 = BitOperations.RotateLeft(a15 ^ d0, 41);
            ulong b14 = BitOperations.RotateLeft(a20 ^ d0, 18);
            ulong b10 = BitOperations.RotateLeft(a01 ^ d1, 1);
            ulong b01 = BitOperations.RotateLeft(a06 ^ d1, 44);
            ulong b17 = BitOperations.RotateLeft(a11 ^ d1, 10);
            ulong b08 = BitOperations.RotateLeft(a16 ^ d1, 45);
            ulong b24 = BitOperations.RotateLeft(a21 ^ d1, 2);
            ulong b20 = BitOperations.RotateLeft(a02 ^ d2, 62);
            ulong b11 = BitOperations.RotateLeft(a07 ^ d2, 6);
            ulong b02 = BitOperations.RotateLeft(a12 ^ d2, 43);
            ulong b18 = BitOperations.RotateLeft(a17 ^ d2, 15);
            ulong b09 = BitOperations.RotateLeft(a22 ^ d2, 61);
            ulong b05 = BitOperations.RotateLeft(a03 ^ d3, 28);
            ulong b21 = BitOperations.RotateLeft(a08 ^ d3, 55);
            ulong b12 = BitOperations.RotateLeft(a13 ^ d3, 25);
            ulong b03 = BitOperations.RotateLeft(a18 ^ d3, 21);
            ulong b19 = BitOperations.RotateLeft(a23 ^ d3, 56);
            ulong b15 = BitOperations.RotateLeft(a04 ^ d4, 27);
            ulong b06 = BitOperations.RotateLeft(a09 ^ d4, 20);
            ulong b22 = BitOperations.RotateLeft(a14 ^ d4, 39);
            ulong b13 = BitOperations.RotateLeft(a19 ^ d4, 8);
            ulong b04 = BitOperations.RotateLeft(a24 ^ d4, 14);

            // χ: a[x, y] = b[x, y] ^ (~b[x+1, y] & b[x+2, y]); then ι.
            a00 = b00 ^ (~b01 & b02);
            a01 = b01 ^ (~b02 & b03);
            a02 = b02 ^ (~b03 & b04);
            a03 = b03 ^ (~b04 & b00);
            a04 = b04 ^ (~b00 & b01);
            a05 = b05 ^ (~b06 & b07);
            a06 = b06 ^ (~b07 & b08);
            a07 = b07 ^ (~b08 & b09);
            a08 = b08 ^ (~b09 & b05);
            a09 = b09 ^ (~b05 & b06);
            a10 = b10 ^ (~b11 & b12);
            a11 = b11 ^ (~b12 & b13);
            a12 = b12 ^ (~b13 & b14);
            a13 = b13 ^ (~b14 & b10);
            a14 = b14 ^ (~b10 & b11);
            a15 = b15 ^ (~b16 & b17);
            a16 = b16 ^ (~b17 & b18);
            a17 = b17 ^ (~b18 & b19);
            a18 = b18 ^ (~b19 & b15);
            a19 = b19 ^ (~b15 & b16);
            a20 = b20 ^ (~b21 & b22);
            a21 = b21 ^ (~b22 & b23);
            a22 = b22 ^ (~b23 & b24);
            a23 = b23 ^ (~b24 & b20);
            a24 = b24 ^ (~b20 & b21);
            a00 ^= roundConstants[round];
        }

        state[0] = a00; state[1] = a01; state[2] = a02; state[3] = a03; state[4] = a04;
        state[5] = a05; state[6] = a06; state[7] = a07; state[8] = a08; state[9] = a09;
        state[10] = a10; state[11] = a11; state[12] = a12; state[13] = a13; state[14] = a14;
        state[15] = a15; state[16] = a16; state[17] = a17; state[18] = a18; state[19] = a19;
        state[20] = a20; state[21] = a21; state[22] = a22; state[23] = a23; state[24] = a24;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowStateTooShort() =>
        throw new ArgumentException("The Keccak-f[1600] state needs 25 lanes.", "state");
}
