namespace Zexus.State.Storage;

/// <summary>
/// Writes buffered for one atomic application to an <see cref="IKeyValueStore"/>. Nothing is visible
/// in the store before <see cref="Commit"/>; disposing an uncommitted batch discards it.
/// </summary>
public interface IWriteBatch : IDisposable
{
    /// <summary>The number of buffered writes.</summary>
    int Count { get; }

    /// <summary>Buffers storing <paramref name="value"/> under <paramref name="key"/>.</summary>
    void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Buffers removing the value under <paramref name="key"/>.</summary>
    void Delete(ReadOnlySpan<byte> key);

    /// <summary>Applies the buffered writes, in order, atomically. The batch cannot be used afterwards.</summary>
    void Commit();
}
