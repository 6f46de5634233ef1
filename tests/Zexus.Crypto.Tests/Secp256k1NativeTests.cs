using System.Security.Cryptography;

namespace Zexus.Crypto.Tests;

/// <summary>The managed secp256k1 against libsecp256k1 on the same random keys, hashes and signatures.</summary>
public class Secp256k1NativeTests
{
    [Secp256k1NativeFact]
    public void Recover_RandomSignatures_ManagedAndNativeAgree()
    {
        var random = new Random(21);
        var managed = new byte[65];
        var native = new byte[65];
        for (int i = 0; i < 200; i++)
        {
            byte[] key = RandomKey(random);
            byte[] hash = RandomBytes(random, 32);
            byte[] signature = Secp256k1.SignRecoverable(hash, key, out int recoveryId);
            if (i % 2 == 1)
            {
                MakeHighS(signature);
                recoveryId ^= 1;
            }

            Assert.True(Secp256k1Managed.TryRecover(hash, signature, recoveryId, managed));
            Assert.True(Secp256k1Native.TryRecover(hash, signature, recoveryId, native));
            Assert.Equal(native, managed);
            Assert.Equal(Secp256k1.PublicKeyFromPrivate(key), managed);

            Assert.True(Secp256k1Managed.Verify(hash, signature, managed));
            Assert.True(Secp256k1Native.Verify(hash, signature, managed));
            hash[i % 32] ^= 1;
            Assert.False(Secp256k1Managed.Verify(hash, signature, managed));
            Assert.False(Secp256k1Native.Verify(hash, signature, managed));
        }
    }

    [Secp256k1NativeFact]
    public void Recover_ArbitraryInputs_ManagedAndNativeAgreeOnSuccessAndKey()
    {
        // Random r, s and every recovery id: about half of the x values are not on the curve, and
        // ids 2 and 3 almost never have r + n below p.
        var random = new Random(22);
        var managed = new byte[65];
        var native = new byte[65];
        for (int i = 0; i < 400; i++)
        {
            byte[] hash = RandomBytes(random, 32);
            byte[] signature = RandomBytes(random, 64);
            if (i % 50 == 0)
            {
                signature.AsSpan(0, 32).Fill(0xFF); // r ≥ n
            }

            int recoveryId = i % 4;
            bool managedOk = Secp256k1Managed.TryRecover(hash, signature, recoveryId, managed);
            bool nativeOk = Secp256k1Native.TryRecover(hash, signature, recoveryId, native);
            Assert.Equal(nativeOk, managedOk);
            if (managedOk)
            {
                Assert.Equal(native, managed);
            }
        }
    }

    [Secp256k1NativeFact]
    public void Recover_InvalidArguments_NativeReturnsFalseWithoutAborting()
    {
        var output = new byte[65];
        Assert.False(Secp256k1Native.TryRecover(new byte[32], new byte[64], 4, output));
        Assert.False(Secp256k1Native.TryRecover(new byte[31], new byte[64], 0, output));
        Assert.False(Secp256k1Native.TryRecover(new byte[32], new byte[64], 0, output));
        Assert.False(Secp256k1Native.Verify(new byte[32], new byte[64], new byte[65]));
    }

    [Fact]
    public void Native_IsUsedExactlyWhenEnabledAndAvailable()
    {
        Assert.Equal(Secp256k1Native.Enabled && Secp256k1Native.IsAvailable, Secp256k1Native.IsActive);
        if (!Secp256k1Native.IsAvailable)
        {
            Assert.Throws<PlatformNotSupportedException>(() => Secp256k1Native.TryRecover(new byte[32], new byte[64], 0, new byte[65]));
        }
    }

    private static void MakeHighS(byte[] signature)
    {
        var n = new System.Numerics.BigInteger(Convert.FromHexString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"), isUnsigned: true, isBigEndian: true);
        var s = new System.Numerics.BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        byte[] high = (n - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        signature.AsSpan(32).Clear();
        high.CopyTo(signature.AsSpan(64 - high.Length));
    }

    private static byte[] RandomKey(Random random)
    {
        byte[] key;
        do
        {
            key = RandomBytes(random, 32);
        }
        while (!Secp256k1.IsValidPrivateKey(key));

        return key;
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
