using System.Runtime.Intrinsics.X86;

namespace Zexus.Crypto.Tests;

/// <summary>A theory that compares an AVX2 code path with its scalar twin; skipped (with the reason) on CPUs without AVX2.</summary>
public sealed class Avx2TheoryAttribute : TheoryAttribute
{
    public Avx2TheoryAttribute()
    {
        if (!Avx2.IsSupported)
        {
            Skip = "this CPU has no AVX2; only the scalar path runs here (it is checked by the other BLAKE2 tests).";
        }
    }
}
