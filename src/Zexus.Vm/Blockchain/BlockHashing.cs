using System.Security.Cryptography;
using Zexus.Primitives;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Blockchain;

/// <summary>
/// HASH_BLOCK (issue 3, item 6): SHA-256 (FIPS 180-4) of a value's <see cref="CanonicalEncoding"/>,
/// as 64 lowercase hex digits (docs/blockchain-semantics.md, section 2).
/// </summary>
/// <remarks>
/// Unlike the <c>hash()</c> built-in (LANGUAGE.md 9.6), which hashes the text form and so cannot tell
/// <c>1</c> from <c>"1"</c> or <c>["a, b"]</c> from <c>["a", "b"]</c>, this hash is injective up to
/// SHA-256 collisions.
/// </remarks>
public static class BlockHashing
{
    /// <summary>SHA-256 of the canonical encoding, lowercase hex.</summary>
    /// <exception cref="ZexusError">The value is cyclic or too large (see <see cref="CanonicalEncoding"/>).</exception>
    public static string HashValue(Value value) => Hex.ToHex(HashValueBytes(value));

    /// <summary>SHA-256 of the canonical encoding as 32 bytes.</summary>
    /// <exception cref="ZexusError">The value is cyclic or too large.</exception>
    public static byte[] HashValueBytes(Value value) => SHA256.HashData(CanonicalEncoding.Encode(value));

    /// <summary>Like <see cref="HashValueBytes(Value)"/> with an explicit encoding limit (for gas-bounded callers).</summary>
    /// <exception cref="ZexusError">The value is cyclic or its encoding exceeds <paramref name="maxBytes"/>.</exception>
    public static byte[] HashValueBytes(Value value, int maxBytes) => SHA256.HashData(CanonicalEncoding.Encode(value, maxBytes));
}
