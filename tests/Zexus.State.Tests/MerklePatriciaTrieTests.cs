using Zexus.Primitives;
using Zexus.State.Storage;
using Zexus.State.Trie;

namespace Zexus.State.Tests;

public class MerklePatriciaTrieTests
{
    private const string EmptyRoot = "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

    [Fact]
    public void RootHash_EmptyTrie_IsKeccakOfEmptyString()
    {
        var trie = new MerklePatriciaTrie();
        Assert.True(trie.IsEmpty);
        Assert.Equal(EmptyRoot, Hex.ToHex(trie.RootHash));
        Assert.Equal(EmptyRoot, Hex.ToHex(Keccak.Keccak256([0x80])));
        Assert.Equal(EmptyRoot, Hex.ToHex(MerklePatriciaTrie.EmptyRootHash));
    }

    [Fact]
    public void RootHash_SingleKey_IsHashOfOneLeaf()
    {
        var trie = new MerklePatriciaTrie();
        trie.Put([0x01, 0x23], "hello"u8);

        // Leaf [HP(0,1,2,3; leaf) = 0x20 0x01 0x23, "hello"].
        var leaf = Hex.Parse("ca" + "83200123" + "8568656c6c6f");
        Assert.Equal(Hex.ToHex(Keccak.Keccak256(leaf)), Hex.ToHex(trie.RootHash));
    }

    [Fact]
    public void RootHash_SingleItemVector_MatchesEthereum()
    {
        var trie = new MerklePatriciaTrie();
        trie.Put("A"u8, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"u8);
        Assert.Equal("d23786fb4a010da3ce639d66d5e904a11dbc02746d1ce25029e53290cabf28ab", Hex.ToHex(trie.RootHash));
    }

    [Fact]
    public void RootHash_SmallNodes_AreInlinedInTheirParent()
    {
        var trie = new MerklePatriciaTrie();
        trie.Put([0x01], "a"u8);
        trie.Put([0x02], "b"u8);

        // Keys share nibble 0: extension [0x10, branch]; the branch has leaves [0x20, "a"] and [0x20, "b"]
        // at slots 1 and 2. Every node is under 32 bytes, so each is embedded in its parent.
        var branch = "d5" + "80" + "c22061" + "c22062" + string.Concat(Enumerable.Repeat("80", 13)) + "80";
        var extension = Hex.Parse("d7" + "10" + branch);
        Assert.Equal(Hex.ToHex(Keccak.Keccak256(extension)), Hex.ToHex(trie.RootHash));

        var store = (InMemoryKeyValueStore)trie.Store;
        trie.Commit();
        Assert.Equal(1, store.Count); // only the root, stored under its hash
        Assert.Equal(extension, store.Get(trie.RootHash));
    }

    [Fact]
    public void RootHash_LargeChild_IsReferencedByHash()
    {
        var trie = new MerklePatriciaTrie();
        var big = Enumerable.Repeat((byte)0xAB, 40).ToArray();
        trie.Put([0x10], big);
        trie.Put([0x20], "b"u8);

        // Branch at the root: slot 1 holds leaf [0x30, big] (43 bytes, so hashed), slot 2 [0x30, "b"] inline.
        var bigLeaf = Hex.Parse("ea" + "30" + "a8" + Hex.ToHex(big));
        Assert.Equal(43, bigLeaf.Length);
        var branch = "80" + "a0" + Hex.ToHex(Keccak.Keccak256(bigLeaf)) + "c23062" + string.Concat(Enumerable.Repeat("80", 14));
        Assert.Equal(51, branch.Length / 2);
        var root = Hex.Parse("f3" + branch);
        Assert.Equal(Hex.ToHex(Keccak.Keccak256(root)), Hex.ToHex(trie.RootHash));

        var store = (InMemoryKeyValueStore)trie.Store;
        trie.Commit();
        Assert.Equal(2, store.Count);
        Assert.Equal(bigLeaf, store.Get(Keccak.Keccak256(bigLeaf)));
    }

    [Fact]
    public void Delete_AllKeys_ReturnsToEmptyRoot()
    {
        var trie = new MerklePatriciaTrie();
        var keys = RandomKeys(new Random(7), 200, variableLength: true);
        foreach (var key in keys)
        {
            trie.Put(key, key);
        }

        Assert.NotEqual(EmptyRoot, Hex.ToHex(trie.RootHash));
        foreach (var key in keys)
        {
            Assert.True(trie.Delete(key));
        }

        Assert.True(trie.IsEmpty);
        Assert.Equal(EmptyRoot, Hex.ToHex(trie.RootHash));
        Assert.False(trie.Delete(keys[0]));
    }

    [Fact]
    public void Put_EmptyValue_DeletesTheKey()
    {
        var trie = new MerklePatriciaTrie();
        trie.Put("dog"u8, "puppy"u8);
        trie.Put("dog"u8, []);
        Assert.Null(trie.Get("dog"u8));
        Assert.Equal(EmptyRoot, Hex.ToHex(trie.RootHash));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RootHash_InsertionOrder_DoesNotMatter(bool variableLength)
    {
        var random = new Random(2024);
        var keys = RandomKeys(random, 1000, variableLength);
        var values = keys.Select(_ => RandomBytes(random, 1 + random.Next(64))).ToArray();

        string? expected = null;
        for (int run = 0; run < 3; run++)
        {
            var order = Enumerable.Range(0, keys.Length).OrderBy(_ => random.Next()).ToArray();
            var trie = new MerklePatriciaTrie();
            foreach (int i in order)
            {
                trie.Put(keys[i], values[i]);
            }

            var root = Hex.ToHex(trie.RootHash);
            expected ??= root;
            Assert.Equal(expected, root);
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.Equal(values[i], trie.Get(keys[i]));
            }
        }
    }

    [Fact]
    public void Delete_HalfTheKeys_EqualsTrieBuiltFromTheOtherHalf()
    {
        var random = new Random(99);
        var keys = RandomKeys(random, 1000, variableLength: true);
        var full = new MerklePatriciaTrie();
        foreach (var key in keys)
        {
            full.Put(key, key);
        }

        _ = full.RootHash; // cache hashes, so deletion must invalidate them correctly
        var fresh = new MerklePatriciaTrie();
        for (int i = 0; i < keys.Length; i++)
        {
            if (i % 2 == 0)
            {
                Assert.True(full.Delete(keys[i]));
            }
            else
            {
                fresh.Put(keys[i], keys[i]);
            }
        }

        Assert.Equal(Hex.ToHex(fresh.RootHash), Hex.ToHex(full.RootHash));
    }

    [Fact]
    public void Get_AbsentKeysAndPrefixes_ReturnNull()
    {
        var trie = new MerklePatriciaTrie();
        trie.Put("doge"u8, "coin"u8);
        trie.Put("dog"u8, "puppy"u8);
        Assert.Equal("puppy"u8.ToArray(), trie.Get("dog"u8));
        Assert.Equal("coin"u8.ToArray(), trie.Get("doge"u8));
        Assert.Null(trie.Get("do"u8));
        Assert.Null(trie.Get("dogs"u8));
        Assert.Null(trie.Get("doges"u8));
        Assert.Null(trie.Get([]));
        Assert.False(trie.Delete("do"u8));
    }

    [Fact]
    public void Put_SameValueTwice_KeepsTheSameRoot()
    {
        var trie = new MerklePatriciaTrie();
        trie.Put("abc"u8, "1"u8);
        trie.Put("abcd"u8, "2"u8);
        var root = trie.RootHash;
        trie.Put("abcd"u8, "2"u8);
        Assert.Equal(root, trie.RootHash);
    }

    [Fact]
    public void Commit_ThenReopen_ReadsAndUpdatesLikeTheOriginal()
    {
        var random = new Random(5);
        var keys = RandomKeys(random, 1000, variableLength: false);
        var store = new InMemoryKeyValueStore();
        var trie = new MerklePatriciaTrie(store);
        foreach (var key in keys)
        {
            trie.Put(key, key);
        }

        var root = trie.Commit();
        int stored = store.Count;
        Assert.Equal(root, trie.Commit());
        Assert.Equal(stored, store.Count);

        var reopened = new MerklePatriciaTrie(store, root);
        Assert.Equal(root, reopened.RootHash);
        foreach (var key in keys)
        {
            Assert.Equal(key, reopened.Get(key));
        }

        for (int i = 0; i < 300; i++)
        {
            trie.Delete(keys[i]);
            reopened.Delete(keys[i]);
            trie.Put(keys[i + 300], [1, 2, 3]);
            reopened.Put(keys[i + 300], [1, 2, 3]);
        }

        Assert.Equal(trie.RootHash, reopened.RootHash);
        var committed = reopened.Commit();
        Assert.Equal(trie.RootHash, new MerklePatriciaTrie(store, committed).RootHash);
    }

    [Fact]
    public void Open_MissingOrCorruptNode_ThrowsTrieException()
    {
        var store = new InMemoryKeyValueStore();
        var missing = new MerklePatriciaTrie(store, Keccak.Keccak256("nothing"u8));
        Assert.Throws<TrieException>(() => missing.Get("a"u8));

        var hash = Keccak.Keccak256("junk"u8);
        store.Put(hash, Hex.Parse("c3010203"));
        var corrupt = new MerklePatriciaTrie(store, hash);
        Assert.Throws<TrieException>(() => corrupt.Get("a"u8));

        store.Put(hash, Hex.Parse("8100"));
        Assert.Throws<TrieException>(() => new MerklePatriciaTrie(store, hash).Get("a"u8));
    }

    [Fact]
    public void Snapshot_IsIndependentOfLaterChanges()
    {
        var trie = new MerklePatriciaTrie();
        trie.Put("a"u8, "1"u8);
        var snapshot = trie.Snapshot();
        var root = trie.RootHash;
        trie.Put("b"u8, "2"u8);
        Assert.Equal(root, snapshot.RootHash);
        Assert.Null(snapshot.Get("b"u8));
        snapshot.Delete("a"u8);
        Assert.Equal("1"u8.ToArray(), trie.Get("a"u8));
    }

    [Fact]
    public void Enumerate_ReturnsKeysInBytewiseOrder_FromStartKey()
    {
        var random = new Random(11);
        var keys = RandomKeys(random, 300, variableLength: true);
        var trie = new MerklePatriciaTrie();
        foreach (var key in keys)
        {
            trie.Put(key, key);
        }

        var sorted = keys.Select(k => Hex.ToHex(k)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, trie.Enumerate().Select(e => Hex.ToHex(e.Key)));

        var start = keys[17];
        Assert.Equal(
            sorted.Where(k => string.CompareOrdinal(k, Hex.ToHex(start)) >= 0),
            trie.Enumerate(start).Select(e => Hex.ToHex(e.Key)));
    }

    [Fact]
    public void SecureTrie_HashesKeys()
    {
        var secure = new SecureTrie();
        var plain = new MerklePatriciaTrie();
        secure.Put("dog"u8, "puppy"u8);
        plain.Put(Keccak.Keccak256("dog"u8), "puppy"u8);
        Assert.Equal(plain.RootHash, secure.RootHash);
        Assert.Equal("puppy"u8.ToArray(), secure.Get("dog"u8));
        Assert.True(secure.Delete("dog"u8));
        Assert.True(secure.IsEmpty);
    }

    /// <summary>Distinct keys: 32 random bytes, or 0-6 bytes from a small alphabet so keys prefix each other.</summary>
    private static byte[][] RandomKeys(Random random, int count, bool variableLength)
    {
        var seen = new HashSet<string>();
        var keys = new List<byte[]>();
        while (keys.Count < count)
        {
            var key = variableLength
                ? Enumerable.Range(0, random.Next(7)).Select(_ => (byte)(random.Next(4) * 0x11)).ToArray()
                : RandomBytes(random, 32);
            if (variableLength && key.Length == 0)
            {
                continue;
            }

            if (seen.Add(Hex.ToHex(key)))
            {
                keys.Add(key);
            }
        }

        return [.. keys];
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
