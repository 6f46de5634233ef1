using System.Security.Cryptography;
using System.Text;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests.Blockchain;

public class MerkleTreeTests
{
    private static byte[] H(byte[] data) => SHA256.HashData(data);

    private static byte[] H(byte[] left, byte[] right) => SHA256.HashData([.. left, .. right]);

    private static byte[][] Leaves(int n) => [.. Enumerable.Range(0, n).Select(i => Encoding.UTF8.GetBytes("leaf" + i))];

    [Fact]
    public void Root_Empty_ThirtyTwoZeroBytes() => Assert.Equal(new byte[32], MerkleTree.Root([]));

    [Fact]
    public void Root_OneLeaf_IsLeafHash()
    {
        var l = Leaves(1);
        Assert.Equal(H(l[0]), MerkleTree.Root(l));
    }

    [Fact]
    public void Root_TwoLeaves_HashOfPair()
    {
        var l = Leaves(2);
        Assert.Equal(H(H(l[0]), H(l[1])), MerkleTree.Root(l));
    }

    /// <summary>Three leaves: the odd third node is paired with itself.</summary>
    [Fact]
    public void Root_ThreeLeaves_OddLeafDuplicated()
    {
        var l = Leaves(3);
        var expected = H(H(H(l[0]), H(l[1])), H(H(l[2]), H(l[2])));
        Assert.Equal(expected, MerkleTree.Root(l));
    }

    [Fact]
    public void Root_FourLeaves_BalancedTree()
    {
        var l = Leaves(4);
        var expected = H(H(H(l[0]), H(l[1])), H(H(l[2]), H(l[3])));
        Assert.Equal(expected, MerkleTree.Root(l));
    }

    /// <summary>Five leaves: duplication happens at two levels (leaf 4, then the node above it).</summary>
    [Fact]
    public void Root_FiveLeaves_OddNodeDuplicatedAtEveryLevel()
    {
        var l = Leaves(5);
        var n01 = H(H(l[0]), H(l[1]));
        var n23 = H(H(l[2]), H(l[3]));
        var n44 = H(H(l[4]), H(l[4]));
        var n0123 = H(n01, n23);
        var n4444 = H(n44, n44);
        Assert.Equal(H(n0123, n4444), MerkleTree.Root(l));
    }

    /// <summary>Cross-checked with an independent Python implementation (Bitcoin-style, single SHA-256).</summary>
    [Fact]
    public void Root_RawLettersABC_KnownVector() =>
        Assert.Equal(
            "d31a37ef6ac14a2db1470c4316beb5592e6afd4465022339adafda76a18ffabe",
            Convert.ToHexStringLower(MerkleTree.Root([[(byte)'a'], [(byte)'b'], [(byte)'c']])));

    [Fact]
    public void Root_ThreeLeavesEqualsFourWithLastRepeated_DocumentedProperty()
    {
        var l = Leaves(3);
        Assert.Equal(MerkleTree.Root(l), MerkleTree.Root([.. l, l[2]]));
    }

    [Fact]
    public void Root_LeafOrder_Matters()
    {
        var l = Leaves(2);
        Assert.NotEqual(MerkleTree.Root(l), MerkleTree.Root([l[1], l[0]]));
    }

    [Fact]
    public void Root_DoesNotModifyLeaves()
    {
        var l = Leaves(5);
        var copy = l.Select(x => (byte[])x.Clone()).ToArray();
        MerkleTree.Root(l);
        Assert.Equal(copy, l);
    }

    [Fact]
    public void RootOfValues_LeavesAreCanonicalEncodings()
    {
        var values = new[] { I(1), S("two"), L(I(3)) };
        var leaves = values.Select(v => CanonicalEncoding.Encode(v)).ToArray();
        Assert.Equal(Convert.ToHexStringLower(MerkleTree.Root(leaves)), MerkleTree.RootOfValues(values));
        Assert.Equal("541204f6a875f1be73d15bd8c9d54a4337af7bc81713a6328e24713eee40add2", MerkleTree.RootOfValues(values));
    }

    [Fact]
    public void RootOfValues_SingleValue_IsHashBlockOfIt()
    {
        var value = M(("a", L(I(1), F(2.5))));
        Assert.Equal(BlockHashing.HashValue(value), MerkleTree.RootOfValues([value]));
    }

    [Fact]
    public void RootOfValues_Empty_SixtyFourZeros() => Assert.Equal(new string('0', 64), MerkleTree.RootOfValues([]));

    [Fact]
    public void RootOfValues_KindsDistinguished() =>
        Assert.NotEqual(MerkleTree.RootOfValues([I(1)]), MerkleTree.RootOfValues([S("1")]));

    [Fact]
    public void RootOfValues_CyclicValue_Error()
    {
        var list = new ZList();
        list.Items.Add(Value.FromObject(list));
        Assert.Throws<ZexusError>(() => MerkleTree.RootOfValues([I(1), Value.FromObject(list)]));
    }

    [Fact]
    public void Root_ManyLeaves_MatchesNaiveRecursiveDefinition()
    {
        for (var n = 1; n <= 33; n++)
        {
            var l = Leaves(n);
            Assert.Equal(Naive([.. l.Select(H)]), MerkleTree.Root(l));
        }
    }

    private static byte[] Naive(List<byte[]> level)
    {
        while (level.Count > 1)
        {
            if (level.Count % 2 == 1)
            {
                level.Add(level[^1]);
            }

            level = [.. Enumerable.Range(0, level.Count / 2).Select(i => H(level[2 * i], level[(2 * i) + 1]))];
        }

        return level[0];
    }
}
