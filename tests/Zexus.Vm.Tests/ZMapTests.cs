using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests;

/// <summary><see cref="ZMap"/>'s remembered position of the last key must never give a wrong entry.</summary>
public class ZMapTests
{
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
}
