using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests;

/// <summary>
/// <see cref="ZMap"/>'s remembered position of the last key must never give a wrong entry, also when
/// <see cref="ZMap.Entries"/> is changed directly between two accesses with the same key object.
/// </summary>
public class ZMapTests
{
    private static string Fresh(string s) => new(s.AsSpan());

    [Fact]
    public void ReadThenWriteOfOneKey_UpdatesInPlaceAndKeepsOrder()
    {
        var m = new ZMap();
        m.Set("a", Value.FromInt(1));
        m.Set("b", Value.FromInt(2));
        var key = "a";
        m.Set(key, Value.FromInt(m.Get(key).SmallInt + 10));
        Assert.Equal(["a", "b"], m.Entries.Keys);
        Assert.Equal(11, m.Get("a").SmallInt);
        Assert.Equal(2, m.Get("b").SmallInt);
    }

    [Fact]
    public void EqualKeysOfDifferentObjects_FindTheSameEntry()
    {
        var m = new ZMap();
        m.Set(new string('k', 3), Value.FromInt(1));
        var other = new string('k', 3);
        m.Set(other, Value.FromInt(m.Get(other).SmallInt + 1));
        Assert.Equal(1, m.Count);
        Assert.Equal(2, m.Get("kkk").SmallInt);
    }

    [Fact]
    public void SecondAccess_WithTheSameKey_FindsTheSameEntry()
    {
        var map = new ZMap();
        var key = Fresh("k1");
        map.Set(Fresh("k0"), Value.FromInt(0));
        map.Set(Fresh("k1"), Value.FromInt(1));
        Assert.True(map.TryGet(key, out var v));
        Assert.Equal(1, v.SmallInt);
        map.Set(key, Value.FromInt(11));
        Assert.Equal(2, map.Count);
        Assert.Equal(11, map.Get("k1").SmallInt);
        Assert.Equal(["k0", "k1"], map.Entries.Keys);
    }

    [Fact]
    public void Find_GivesTheValueInPlace_OrANullReferenceForAnAbsentKey()
    {
        var map = new ZMap();
        map.Set("a", Value.FromInt(1));
        Assert.True(System.Runtime.CompilerServices.Unsafe.IsNullRef(in map.Find("b")));
        Assert.Equal(1, map.Find(Fresh("a")).SmallInt);
        Assert.Equal(1, map.Count);
    }

    [Fact]
    public void Slot_AddsANewKeyAtTheEnd_AndAnExistingKeyKeepsItsPlace()
    {
        var map = new ZMap();
        map.Slot("x") = Value.FromInt(1);
        map.Slot("y") = Value.FromString("two");
        map.Slot(Fresh("x")) = Value.FromInt(3);
        Assert.Equal(["x", "y"], map.Entries.Keys);
        Assert.Equal(3, map.Get("x").SmallInt);
        Assert.Equal("two", map.Get("y").AsString);
    }

    [Fact]
    public void RememberedKey_StillFindsItsValue_AfterTheTableGrew()
    {
        var map = new ZMap();
        var key = Fresh("first");
        map.Slot(key) = Value.FromInt(7);
        for (var i = 0; i < 1000; i++)
        {
            map.Entries.Add("k" + i, Value.FromInt(i));
        }

        Assert.Equal(7, map.Find(key).SmallInt);
        map.Slot(key) = Value.FromInt(8);
        Assert.Equal(8, map.Get(Fresh("first")).SmallInt);
        Assert.Equal(1001, map.Count);
        Assert.Equal("first", map.Entries.KeyAt(0));
    }

    [Fact]
    public void ManyKeys_KeepInsertionOrderAndAreAllFound()
    {
        var map = new ZMap();
        const int n = 20_000;
        for (var i = 0; i < n; i++)
        {
            map.Set(Fresh("key" + i), Value.FromInt(i));
        }

        for (var i = 0; i < n; i += 2)
        {
            map.Set(Fresh("key" + i), Value.FromInt(-i));
        }

        Assert.Equal(n, map.Count);
        Assert.Equal(Enumerable.Range(0, n).Select(i => "key" + i), map.Entries.Keys);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(i % 2 == 0 ? -i : i, map.Get(Fresh("key" + i)).SmallInt);
            Assert.Equal(i, map.Entries.IndexOf("key" + i));
        }

        Assert.False(map.TryGet("key" + n, out _));
        Assert.False(map.Entries.ContainsKey("key-1"));
        Assert.False(map.Entries.UsesRandomizedHash);
    }

    [Fact]
    public void KeysChosenToCollide_SwitchTheMapToTheRandomizedHash()
    {
        // Keys whose fixed hash (FNV-1a, then h ^ h >> 15) agrees in its low 16 bits share a bucket in every table
        // of up to 65,536 buckets; a program could choose such keys to make each access walk them all.
        var colliding = new List<string>();
        for (var i = 0; colliding.Count < 100; i++)
        {
            var key = "c" + i;
            if ((FixedHash(key) & 0xFFFF) == 0x1234)
            {
                colliding.Add(key);
            }
        }

        var map = new ZMap();
        foreach (var key in colliding)
        {
            map.Set(key, Value.FromInt(key.Length));
        }

        Assert.True(map.Entries.UsesRandomizedHash);
        Assert.Equal(colliding, map.Entries.Keys);
        Assert.All(colliding, key => Assert.Equal(key.Length, map.Get(Fresh(key)).SmallInt));
        Assert.Throws<ArgumentException>(() => map.Entries.Add(colliding[7], Value.Null));
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
