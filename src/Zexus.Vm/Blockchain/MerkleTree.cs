using System.Security.Cryptography;
using Zexus.Primitives;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Blockchain;

/// <summary>
/// MERKLE_ROOT (issue 3, item 6): a binary SHA-256 Merkle tree (docs/blockchain-semantics.md,
/// section 3).
/// </summary>
/// <remarks>
/// <para>Level 0 is SHA-256 of each leaf's bytes — the leaves are hashed here, callers pass raw
/// data. Each next level hashes the concatenation left ‖ right of adjacent pairs; a level with an odd
/// number of nodes pairs its last node with itself (Bitcoin's rule). The root is the single node of
/// the last level: one leaf's root is its leaf hash, and the empty tree's root is defined as 32 zero
/// bytes.</para>
/// <para>Known consequences of this rule, kept on purpose for compatibility with the issue's
/// definition: leaf and inner hashes share one domain, and [a, b, c] has the same root as
/// [a, b, c, c] (the CVE-2012-2459 shape). Callers that need a commitment to the leaf count must
/// hash it in alongside the root.</para>
/// </remarks>
public static class MerkleTree
{
    /// <summary>Bytes in a node hash.</summary>
    public const int HashLength = 32;

    /// <summary>The root over raw leaf data; each leaf is SHA-256-hashed first.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        if (leaves.Count == 0)
        {
            return new byte[HashLength];
        }

        var level = new byte[leaves.Count][];
        for (var i = 0; i < level.Length; i++)
        {
            level[i] = SHA256.HashData(leaves[i]);
        }

        return RootOfHashes(level);
    }

    /// <summary>
    /// The root over Zexus values: each leaf is the value's <see cref="CanonicalEncoding"/>, so the
    /// leaf hash equals <see cref="BlockHashing.HashValueBytes(Value)"/>. Lowercase hex.
    /// </summary>
    /// <exception cref="ZexusError">A value is cyclic or too large to encode.</exception>
    public static string RootOfValues(IReadOnlyList<Value> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var leaves = new byte[values.Count][];
        for (var i = 0; i < leaves.Length; i++)
        {
            leaves[i] = CanonicalEncoding.Encode(values[i]);
        }

        return Hex.ToHex(Root(leaves));
    }

    /// <summary>Folds a level of node hashes (at least one) up to the root; the array is overwritten.</summary>
    private static byte[] RootOfHashes(byte[][] level)
    {
        var count = level.Length;
        Span<byte> pair = stackalloc byte[2 * HashLength];
        while (count > 1)
        {
            var next = 0;
            for (var i = 0; i < count; i += 2)
            {
                var left = level[i];
                var right = i + 1 < count ? level[i + 1] : left;
                left.CopyTo(pair);
                right.CopyTo(pair[HashLength..]);
                level[next++] = SHA256.HashData(pair);
            }

            count = next;
        }

        return level[0];
    }
}
