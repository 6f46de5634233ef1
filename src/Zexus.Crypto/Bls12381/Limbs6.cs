using System.Runtime.CompilerServices;

namespace Zexus.Crypto.Bls12381;

/// <summary>Six little-endian 64-bit limbs: the storage of one <see cref="Fp"/> element (381 bits).</summary>
[InlineArray(Count)]
internal struct Limbs6
{
    /// <summary>The number of limbs.</summary>
    public const int Count = 6;

    private ulong _element0;
}
