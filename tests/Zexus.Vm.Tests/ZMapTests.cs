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
    public void EntriesChangedDirectly_RememberedPositionIsNotTrusted()
    {
        var m = new ZMap();
        var key = "x";
        m.Set("w", Value.FromInt(0));
        m.Set(key, Value.FromInt(1));
        Assert.Equal(1, m.Get(key).SmallInt);
        m.Entries.Remove("w");
        Assert.Equal(1, m.Get(key).SmallInt);
        m.Set(key, Value.FromInt(2));
        Assert.Equal(2, m.Entries["x"].SmallInt);
        m.Entries.Remove("x");
        Assert.False(m.TryGet(key, out _));
        Assert.True(m.Get(key).IsNull);
        m.Entries.Insert(0, "y", Value.FromInt(3));
        m.Set(key, Value.FromInt(4));
        Assert.Equal(["y", "x"], m.Entries.Keys);
        Assert.Equal(3, m.Get("y").SmallInt);
        Assert.Equal(4, m.Get(key).SmallInt);
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
    public void RemovingAnEarlierEntry_DoesNotMisleadTheHint()
    {
        var map = new ZMap();
        var key = Fresh("b");
        map.Set(Fresh("a"), Value.FromInt(1));
        map.Set(Fresh("b"), Value.FromInt(2));
        map.Set(Fresh("c"), Value.FromInt(3));
        Assert.True(map.TryGet(key, out _));

        // "c" now sits where "b" was.
        map.Entries.Remove("a");
        Assert.True(map.TryGet(key, out var v));
        Assert.Equal(2, v.SmallInt);
        map.Set(key, Value.FromInt(20));
        Assert.Equal(3, map.Get("c").SmallInt);
        Assert.Equal(20, map.Get("b").SmallInt);
    }

    [Fact]
    public void ReplacingTheEntryAtTheRememberedPosition_DoesNotMisleadTheHint()
    {
        var map = new ZMap();
        var key = Fresh("x");
        map.Set(Fresh("x"), Value.FromInt(1));
        Assert.True(map.TryGet(key, out _));
        map.Entries.Clear();
        map.Entries.Add(Fresh("y"), Value.FromInt(2));
        Assert.False(map.TryGet(key, out _));
        map.Set(key, Value.FromInt(3));
        Assert.Equal(2, map.Get("y").SmallInt);
        Assert.Equal(3, map.Get("x").SmallInt);
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void RemovingAndAddingTheSameKeyAgain_StillFindsIt()
    {
        var map = new ZMap();
        var key = Fresh("k");
        map.Set(key, Value.FromInt(1));
        map.Entries.Remove("k");
        Assert.False(map.TryGet(key, out _));
        map.Entries.Add(Fresh("k"), Value.FromInt(5));
        Assert.True(map.TryGet(key, out var v));
        Assert.Equal(5, v.SmallInt);
    }
}
