using Zexus.Crypto;

namespace Zexus.Benchmarks;

/// <summary>Seeded precompile inputs shared by the precompile, MODEXP and secp256k1 benchmarks.</summary>
internal static class PrecompileInputs
{
    /// <summary>A valid ECRECOVER input h ‖ v ‖ r ‖ s signed with a seeded key.</summary>
    public static byte[] EcRecover(Random random)
    {
        var key = new byte[32];
        do
        {
            random.NextBytes(key);
        }
        while (!Secp256k1.IsValidPrivateKey(key));

        var input = new byte[128];
        random.NextBytes(input.AsSpan(0, 32));
        byte[] signature = Secp256k1.SignRecoverable(input.AsSpan(0, 32), key, out int recoveryId);
        input[63] = (byte)(27 + recoveryId);
        signature.CopyTo(input.AsSpan(64));
        return input;
    }

    /// <summary>A MODEXP call: three 32-byte lengths, then seeded base, exponent and modulus.</summary>
    public static byte[] ModExp(Random random, int baseLength, int exponentLength, int modulusLength, bool exponentAllOnes, bool oddModulus)
    {
        var input = new byte[96 + baseLength + exponentLength + modulusLength];
        WriteLength(input.AsSpan(0, 32), baseLength);
        WriteLength(input.AsSpan(32, 32), exponentLength);
        WriteLength(input.AsSpan(64, 32), modulusLength);
        Span<byte> numbers = input.AsSpan(96);
        random.NextBytes(numbers);
        if (exponentAllOnes)
        {
            numbers.Slice(baseLength, exponentLength).Fill(0xFF);
        }

        Span<byte> modulus = numbers.Slice(baseLength + exponentLength, modulusLength);
        modulus[0] |= 0x80;
        modulus[^1] = oddModulus ? (byte)(modulus[^1] | 1) : (byte)(modulus[^1] & 0xFE);
        return input;
    }

    private static void WriteLength(Span<byte> word, int length)
    {
        word.Clear();
        word[^4] = (byte)(length >> 24);
        word[^3] = (byte)(length >> 16);
        word[^2] = (byte)(length >> 8);
        word[^1] = (byte)length;
    }
}
