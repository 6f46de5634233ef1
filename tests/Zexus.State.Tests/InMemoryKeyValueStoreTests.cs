using Zexus.State.Storage;

namespace Zexus.State.Tests;

public class InMemoryKeyValueStoreTests
{
    [Fact]
    public void PutGetDelete_RoundTrip()
    {
        var store = new InMemoryKeyValueStore();
        Assert.Null(store.Get([1]));
        store.Put([1], [9, 9]);
        Assert.True(store.Contains([1]));
        Assert.Equal(new byte[] { 9, 9 }, store.Get([1]));
        store.Put([1], []);
        Assert.Equal(Array.Empty<byte>(), store.Get([1]));
        store.Delete([1]);
        Assert.False(store.Contains([1]));
    }

    [Fact]
    public void Get_ReturnsACopy()
    {
        var store = new InMemoryKeyValueStore();
        var value = new byte[] { 1, 2 };
        store.Put([1], value);
        value[0] = 7;
        store.Get([1])![1] = 7;
        Assert.Equal(new byte[] { 1, 2 }, store.Get([1]));
    }

    [Fact]
    public void Batch_IsInvisibleUntilCommit_AndDiscardedOnDispose()
    {
        var store = new InMemoryKeyValueStore();
        store.Put([2], [2]);
        using (var batch = store.StartWriteBatch())
        {
            batch.Put([1], [1]);
            batch.Delete([2]);
            Assert.Equal(2, batch.Count);
            Assert.Null(store.Get([1]));
            batch.Commit();
            Assert.Throws<InvalidOperationException>(() => batch.Put([3], [3]));
        }

        Assert.Equal(new byte[] { 1 }, store.Get([1]));
        Assert.Null(store.Get([2]));

        using (var discarded = store.StartWriteBatch())
        {
            discarded.Put([4], [4]);
        }

        Assert.Null(store.Get([4]));
    }
}
