namespace Zexus.State.Storage;

/// <summary>
/// An <see cref="IKeyValueStore"/> in a dictionary, for tests, state-test runs and the dev node.
/// Thread-safe: one lock guards the dictionary, so a batch is applied atomically.
/// </summary>
public sealed class InMemoryKeyValueStore : IKeyValueStore
{
    private readonly Dictionary<byte[], byte[]> _entries = new(ByteArrayComparer.Instance);
    private readonly Dictionary<byte[], byte[]>.AlternateLookup<ReadOnlySpan<byte>> _lookup;
    private readonly Lock _lock = new();

    /// <summary>Creates an empty store.</summary>
    public InMemoryKeyValueStore()
    {
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>The number of stored keys.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc/>
    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            return _lookup.TryGetValue(key, out var value) ? (byte[])value.Clone() : null;
        }
    }

    /// <inheritdoc/>
    public bool Contains(ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            return _lookup.ContainsKey(key);
        }
    }

    /// <inheritdoc/>
    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var copy = value.ToArray();
        lock (_lock)
        {
            _lookup[key] = copy;
        }
    }

    /// <inheritdoc/>
    public void Delete(ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            _lookup.Remove(key);
        }
    }

    /// <inheritdoc/>
    public IWriteBatch StartWriteBatch() => new Batch(this);

    private void Apply(List<(byte[] Key, byte[]? Value)> writes)
    {
        lock (_lock)
        {
            foreach (var (key, value) in writes)
            {
                if (value is null)
                {
                    _entries.Remove(key);
                }
                else
                {
                    _entries[key] = value;
                }
            }
        }
    }

    /// <summary>Buffers copies of keys and values; a null value is a delete.</summary>
    private sealed class Batch(InMemoryKeyValueStore store) : IWriteBatch
    {
        private List<(byte[] Key, byte[]? Value)>? _writes = [];

        public int Count => Writes.Count;

        private List<(byte[] Key, byte[]? Value)> Writes =>
            _writes ?? throw new InvalidOperationException("The write batch was already committed or disposed.");

        public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Writes.Add((key.ToArray(), value.ToArray()));

        public void Delete(ReadOnlySpan<byte> key) => Writes.Add((key.ToArray(), null));

        public void Commit()
        {
            store.Apply(Writes);
            _writes = null;
        }

        public void Dispose() => _writes = null;
    }
}
