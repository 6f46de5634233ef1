using System.Globalization;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests;

/// <summary>
/// <see cref="OrderedStringTable"/>, the entries of a map: insertion order, ordinal keys, positions kept by updates,
/// removal and insertion in the middle, growth, and the switch to a randomised hash under colliding keys.
/// </summary>
public class OrderedStringTableTests
{
    private static Value I(long n) => Value.FromInt(n);

    private static string[] Order(OrderedStringTable t) => [.. t.Select(e => e.Key + "=" + e.Value.SmallInt.ToString(CultureInfo.InvariantCulture))];

    [Fact]
    public void AddAndUpdate_KeepInsertionOrderAndPositions()
    {
        var t = new OrderedStringTable();
        Assert.True(t.TryAdd("b", I(1), out var ib));
        Assert.True(t.TryAdd("a", I(2), out var ia));
        Assert.False(t.TryAdd("b", I(9), out var again));
        Assert.Equal((0, 1, 0), (ib, ia, again));
        Assert.Equal(1, t["b"].SmallInt);
        t["a"] = I(3);
        t["c"] = I(4);
        Assert.Equal(["b=1", "a=3", "c=4"], Order(t));
        Assert.Equal(["b", "a", "c"], t.Keys);
        Assert.Equal("a", t.KeyAt(1));
        Assert.Equal(3, t.ValueAt(1).SmallInt);
        Assert.Equal(3, t.Count);
    }

    [Fact]
    public void KeysAreOrdinal_EqualContentFindsTheEntry_CaseAndNormalisationDoNot()
    {
        var t = new OrderedStringTable();
        t.Add(new string('k', 3), I(1));
        t.Add("K", I(2));
        t.Add("\u00e9", I(3));
        t.Add("e\u0301", I(4));
        t.Add("", I(5));
        var longKey = new string('x', 100);
        t.Add(longKey, I(6));
        Assert.True(t.TryGetValue(new string('k', 3), out var v));
        Assert.Equal(1, v.SmallInt);
        Assert.False(t.ContainsKey("k"));
        Assert.False(t.ContainsKey("KKK"));
        Assert.Equal(3, t["\u00e9"].SmallInt);
        Assert.Equal(4, t["e\u0301"].SmallInt);
        Assert.Equal(5, t[""].SmallInt);
        Assert.Equal(6, t[new string('x', 100)].SmallInt);
        Assert.False(t.ContainsKey(new string('x', 99)));
    }

    [Fact]
    public void MissingKeyAndBadArguments_FailClearly()
    {
        var t = new OrderedStringTable();
        t.Add("a", I(1));
        Assert.Throws<KeyNotFoundException>(() => t["b"]);
        Assert.Throws<ArgumentException>(() => t.Add("a", I(2)));
        Assert.Throws<ArgumentException>(() => t.Insert(0, "a", I(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.GetAt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.SetAt(-1, I(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Insert(2, "z", I(0)));
        Assert.Throws<ArgumentNullException>(() => t.ContainsKey(null!));
        Assert.False(t.Remove("zz"));
        Assert.Equal(["a=1"], Order(t));
    }

    [Fact]
    public void RemoveAndInsertInTheMiddle_ShiftLaterEntriesAndKeepLookupsRight()
    {
        var t = new OrderedStringTable();
        for (var i = 0; i < 10; i++)
        {
            t.Add("k" + i.ToString(CultureInfo.InvariantCulture), I(i));
        }

        Assert.True(t.Remove("k3"));
        Assert.True(t.Remove("k0"));
        Assert.True(t.Remove("k9"));
        t.Insert(2, "new", I(100));
        t.Insert(0, "first", I(-1));
        t.Insert(t.Count, "last", I(99));
        Assert.Equal(["first=-1", "k1=1", "k2=2", "new=100", "k4=4", "k5=5", "k6=6", "k7=7", "k8=8", "last=99"], Order(t));
        for (var i = 0; i < t.Count; i++)
        {
            var (key, value) = t.GetAt(i);
            Assert.True(t.TryGetValue(key, out var found, out var index));
            Assert.Equal((value.SmallInt, i), (found.SmallInt, index));
        }

        Assert.False(t.ContainsKey("k3"));
        t["k3"] = I(3);
        Assert.Equal("k3", t.KeyAt(t.Count - 1));
    }

    [Fact]
    public void ChangingTheKeysWhileEnumerating_Throws_UpdatingAValueDoesNot()
    {
        var t = new OrderedStringTable(2);
        t.Add("a", I(1));
        t.Add("b", I(2));
        foreach (var (key, value) in t)
        {
            t[key] = I(value.SmallInt * 10);
        }

        Assert.Equal(["a=10", "b=20"], Order(t));
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var entry in t)
            {
                t.Add(entry.Key + "!", I(0));
            }
        });
    }

    [Fact]
    public void RandomOperations_MatchOrderedDictionary()
    {
        var random = new Random(1234);
        var t = new OrderedStringTable();
        var reference = new OrderedDictionary<string, Value>(StringComparer.Ordinal);
        for (var step = 0; step < 20_000; step++)
        {
            var key = "k" + random.Next(300).ToString(CultureInfo.InvariantCulture);
            switch (random.Next(10))
            {
                case 0:
                    Assert.Equal(reference.Remove(key), t.Remove(key));
                    break;
                case 1 when !reference.ContainsKey(key):
                    var at = random.Next(reference.Count + 1);
                    reference.Insert(at, key, I(step));
                    t.Insert(at, key, I(step));
                    break;
                case 2 or 3 or 4:
                    Assert.Equal(reference.TryGetValue(key, out var expected), t.TryGetValue(key, out var actual, out var index));
                    Assert.Equal(expected.SmallInt, actual.SmallInt);
                    Assert.Equal(reference.IndexOf(key), index < 0 ? -1 : index);
                    break;
                default:
                    reference[key] = I(step);
                    t[key] = I(step);
                    break;
            }
        }

        Assert.Equal(reference.Select(e => (e.Key, e.Value.SmallInt)), t.Select(e => (e.Key, e.Value.SmallInt)));
        Assert.False(t.UsesRandomizedHash);
    }

    [Fact]
    public void KeysCollidingUnderTheFixedHash_SwitchToTheRandomisedHash_AndStayCorrect()
    {
        // Keys whose fixed hash (FNV-1a over UTF-16 units, high bits folded in) agrees in its low 12 bits all land in
        // one bucket of any table up to 4,096 slots: a chain long enough to trip the collision limit.
        var keys = new List<string>();
        for (var i = 0; keys.Count < OrderedStringTable.CollisionLimit + 50; i++)
        {
            var key = "c" + i.ToString(CultureInfo.InvariantCulture);
            if ((FixedHash(key) & 0xFFF) == 0x123)
            {
                keys.Add(key);
            }
        }

        var t = new OrderedStringTable();
        for (var i = 0; i < keys.Count; i++)
        {
            t.Add(keys[i], I(i));
        }

        Assert.True(t.UsesRandomizedHash);
        Assert.Equal(keys, t.Keys);
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(i, t[keys[i]].SmallInt);
        }

        Assert.True(t.Remove(keys[0]));
        Assert.False(t.ContainsKey(keys[0]));
        Assert.Equal(1, t[keys[1]].SmallInt);
    }

    private static int FixedHash(string key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }
}
