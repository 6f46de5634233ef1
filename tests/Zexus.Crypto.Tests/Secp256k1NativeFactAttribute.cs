namespace Zexus.Crypto.Tests;

/// <summary>A fact that needs libsecp256k1; skipped with the reason when the library is absent.</summary>
public sealed class Secp256k1NativeFactAttribute : FactAttribute
{
    public Secp256k1NativeFactAttribute()
    {
        if (!Secp256k1Native.IsAvailable)
        {
            Skip = "libsecp256k1 is not installed (apt-get install -y libsecp256k1-1); the managed path is tested without it.";
        }
    }
}
