using System.Text;
using System.Text.Json;
using Zexus.Primitives;
using Zexus.State.Storage;
using Zexus.State.Trie;
using Zexus.TestSupport;

namespace Zexus.State.Tests;

/// <summary>
/// ethereum/tests TrieTests, one test case per JSON case (named file/case). Keys and values are
/// hex when prefixed 0x, else UTF-8 text; a null value deletes. "in" is a list of pairs applied in
/// order, or an object whose entries may be applied in any order (checked over several orders).
/// Files named *secure* hash keys (SecureTrie). trietestnextprev.json checks key order.
/// </summary>
public class TrieConformanceTests
{
    private const string Archive = "ethereum-basic-tests.tar.gz";

    private static string Folder() =>
        Path.Combine(Fixtures.Unpacked(Archive) ?? throw new InvalidOperationException(Fixtures.Hint), "ethereum-tests", "TrieTests");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Fixtures.Unpacked(Archive);
        if (root is null)
        {
            return data;
        }

        var folder = Path.Combine(root, "ethereum-tests", "TrieTests");
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var test in doc.RootElement.EnumerateObject())
            {
                data.Add(Path.GetFileName(file) + "/" + test.Name);
            }
        }

        return data;
    }

    [FixtureTheory]
    [MemberData(nameof(Cases))]
    public void TrieTest_Case_Passes(string name)
    {
        int split = name.LastIndexOf('/');
        var fileName = name[..split];
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(), fileName)));
        var test = doc.RootElement.GetProperty(name[(split + 1)..]);
        bool secure = fileName.Contains("secure", StringComparison.OrdinalIgnoreCase);
        var input = test.GetProperty("in");

        if (test.TryGetProperty("tests", out var queries))
        {
            CheckNextPrevious(input, queries);
            return;
        }

        var expected = test.GetProperty("root").GetString()!;
        var pairs = input.ValueKind == JsonValueKind.Array
            ? input.EnumerateArray().Select(p => (Bytes(p[0])!, Bytes(p[1]))).ToList()
            : input.EnumerateObject().Select(p => (Text(p.Name), Bytes(p.Value))).ToList();

        var orders = new List<List<(byte[] Key, byte[]? Value)>> { pairs };
        if (input.ValueKind == JsonValueKind.Object)
        {
            orders.Add(Enumerable.Reverse(pairs).ToList());
            var random = new Random(42);
            for (int i = 0; i < 5; i++)
            {
                orders.Add([.. pairs.OrderBy(_ => random.Next())]);
            }
        }

        foreach (var order in orders)
        {
            var store = new InMemoryKeyValueStore();
            var model = new Dictionary<string, byte[]>();
            byte[] root;
            if (secure)
            {
                var trie = new SecureTrie(store);
                foreach (var (key, value) in order)
                {
                    Apply(trie.Put, k => trie.Delete(k), key, value, model);
                }

                root = trie.Commit();
                Assert.Equal(expected, "0x" + Hex.ToHex(root));
                var reopened = new SecureTrie(store, root);
                foreach (var (key, value) in model)
                {
                    Assert.Equal(value, reopened.Get(Hex.Parse(key)));
                }
            }
            else
            {
                var trie = new MerklePatriciaTrie(store);
                foreach (var (key, value) in order)
                {
                    Apply(trie.Put, k => trie.Delete(k), key, value, model);
                }

                root = trie.Commit();
                Assert.Equal(expected, "0x" + Hex.ToHex(root));
                var reopened = new MerklePatriciaTrie(store, root);
                Assert.Equal(expected, "0x" + Hex.ToHex(reopened.RootHash));
                foreach (var (key, value) in model)
                {
                    Assert.Equal(value, reopened.Get(Hex.Parse(key)));
                }

                Assert.Equal(model.Keys.Order(StringComparer.Ordinal), reopened.Enumerate().Select(e => Hex.ToHex(e.Key)));
            }
        }
    }

    private delegate void PutAction(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    private delegate bool DeleteAction(ReadOnlySpan<byte> key);

    private static void Apply(PutAction put, DeleteAction delete, byte[] key, byte[]? value, Dictionary<string, byte[]> model)
    {
        if (value is null || value.Length == 0)
        {
            delete(key);
            model.Remove(Hex.ToHex(key));
        }
        else
        {
            put(key, value);
            model[Hex.ToHex(key)] = value;
        }
    }

    private static void CheckNextPrevious(JsonElement keys, JsonElement queries)
    {
        var trie = new MerklePatriciaTrie();
        foreach (var key in keys.EnumerateArray())
        {
            var bytes = Bytes(key)!;
            trie.Put(bytes, bytes);
        }

        foreach (var query in queries.EnumerateArray())
        {
            var key = Bytes(query[0])!;
            var expectedPrevious = Bytes(query[1])!;
            var expectedNext = Bytes(query[2])!;

            var next = trie.Enumerate(key).Select(e => e.Key).FirstOrDefault(k => !k.AsSpan().SequenceEqual(key)) ?? [];
            var previous = trie.Enumerate().Select(e => e.Key).LastOrDefault(k => k.AsSpan().SequenceCompareTo(key) < 0) ?? [];
            Assert.Equal(expectedNext, next);
            Assert.Equal(expectedPrevious, previous);
        }
    }

    private static byte[]? Bytes(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : Text(element.GetString()!);

    private static byte[] Text(string text) =>
        text.StartsWith("0x", StringComparison.Ordinal) ? Hex.Parse(text) : Encoding.UTF8.GetBytes(text);
}
