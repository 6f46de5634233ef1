using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>
/// The entries of a <see cref="ZMap"/>: a hash table with string keys (ordinal equality) that keeps insertion order.
/// Entries live in one array in insertion order, chained per bucket by index; removing or inserting in the middle
/// shifts the later entries (O(n), as in <see cref="OrderedDictionary{TKey, TValue}"/>).
/// </summary>
/// <remarks>
/// PERF (bench: zexus bench, maps rows, every engine): a lookup is one non-generic probe with the hash computed
/// inline, the stored hash compared before the characters, and no comparer interface calls, where
/// <c>OrderedDictionary&lt;string, Value&gt;</c> goes through shared-generic code and virtual comparer calls.
/// Short keys hash with a fixed (non-randomised) FNV-1a: cheap, and safe because iteration order never depends on
/// hashes. Against keys chosen to collide, a table whose insert walks a chain longer than
/// <see cref="CollisionLimit"/> switches for good to the runtime's randomised string hash (Marvin) and rehashes, as
/// .NET's own Dictionary does; long keys always use the randomised hash.
/// </remarks>
public sealed class OrderedStringTable : IEnumerable<KeyValuePair<string, Value>>
{
    /// <summary>Chain length at insertion after which the table stops trusting the fixed hash.</summary>
    public const int CollisionLimit = 100;

    /// <summary>Keys up to this length use the fixed hash; longer ones the randomised one, faster per character.</summary>
    private const int ShortKeyLength = 16;

    private Entry[] _entries;

    /// <summary>For each bucket, 1 + the index of the chain's first entry; 0 when empty.</summary>
    private int[] _buckets;

    private int _count;
    private int _version;
    private bool _randomized;

    public OrderedStringTable()
        : this(0)
    {
    }

    public OrderedStringTable(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var size = Size(capacity);
        _entries = new Entry[size];
        _buckets = new int[size];
    }

    public int Count => _count;

    /// <summary>The keys, in order (a copy).</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            var keys = new string[_count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = _entries[i].Key;
            }

            return keys;
        }
    }

    /// <summary>True when the fixed hash was given up for the randomised one (see the remarks).</summary>
    public bool UsesRandomizedHash => _randomized;

    /// <summary>The value of <paramref name="key"/>; throws <see cref="KeyNotFoundException"/> when absent. Setting adds or updates.</summary>
    public Value this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the map.");
        set
        {
            if (!TryAdd(key, value, out var index))
            {
                SetAt(index, value);
            }
        }
    }

    /// <summary>The position of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = Hash(key);
        var entries = _entries;
        var i = _buckets[hash & (_buckets.Length - 1)] - 1;
        while ((uint)i < (uint)entries.Length)
        {
            ref var entry = ref entries[i];
            if (entry.Hash == hash && string.Equals(entry.Key, key))
            {
                return i;
            }

            i = entry.Next;
        }

        return -1;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out Value value) => TryGetValue(key, out value, out _);

    /// <summary>Looks <paramref name="key"/> up; <paramref name="index"/> is its position when found.</summary>
    public bool TryGetValue(string key, out Value value, out int index)
    {
        index = IndexOf(key);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    /// <summary>The entry at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public KeyValuePair<string, Value> GetAt(int index)
    {
        CheckIndex(index, _count);
        ref var entry = ref _entries[index];
        return new(entry.Key, entry.Value);
    }

    /// <summary>The value at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), without copying the key.</summary>
    public ref readonly Value ValueAt(int index)
    {
        CheckIndex(index, _count);
        return ref _entries[index].Value;
    }

    /// <summary>The key at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public string KeyAt(int index)
    {
        CheckIndex(index, _count);
        return _entries[index].Key;
    }

    /// <summary>Replaces the value at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>); the key keeps its position.</summary>
    public void SetAt(int index, in Value value)
    {
        CheckIndex(index, _count);
        _entries[index].Value = value;
    }

    /// <summary>Adds <paramref name="key"/> at the end; throws <see cref="ArgumentException"/> when it is already there.</summary>
    public void Add(string key, Value value)
    {
        if (!TryAdd(key, value, out _))
        {
            throw new ArgumentException($"The key '{key}' is already in the map.", nameof(key));
        }
    }

    /// <summary>
    /// Adds <paramref name="key"/> at the end and returns true, or returns false, changing nothing, when it is already
    /// there; <paramref name="index"/> is the key's position either way.
    /// </summary>
    public bool TryAdd(string key, in Value value, out int index)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = Hash(key);
        var entries = _entries;
        var chain = 0;
        var i = _buckets[hash & (_buckets.Length - 1)] - 1;
        while ((uint)i < (uint)entries.Length)
        {
            ref var entry = ref entries[i];
            if (entry.Hash == hash && string.Equals(entry.Key, key))
            {
                index = i;
                return false;
            }

            i = entry.Next;
            chain++;
        }

        if (chain > CollisionLimit && !_randomized)
        {
            _randomized = true;
            Rehash(_entries.Length, rehashKeys: true);
            hash = Hash(key);
        }

        if (_count == _entries.Length)
        {
            Rehash(checked(_entries.Length * 2), rehashKeys: false);
        }

        index = _count;
        ref var added = ref _entries[index];
        added.Key = key;
        added.Value = value;
        added.Hash = hash;
        Link(index);
        _count++;
        _version++;
        return true;
    }

    /// <summary>Inserts <paramref name="key"/> at <paramref name="index"/> (0 ≤ index ≤ <see cref="Count"/>); throws when the key is already there.</summary>
    public void Insert(int index, string key, Value value)
    {
        CheckIndex(index, _count + 1);
        if (ContainsKey(key))
        {
            throw new ArgumentException($"The key '{key}' is already in the map.", nameof(key));
        }

        Add(key, value);
        if (index < _count - 1)
        {
            var added = _entries[_count - 1];
            Array.Copy(_entries, index, _entries, index + 1, _count - 1 - index);
            _entries[index] = added;
            Rehash(_entries.Length, rehashKeys: false);
        }
    }

    /// <summary>Removes <paramref name="key"/>; later entries move up one position. False when it was not there.</summary>
    public bool Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            return false;
        }

        _count--;
        Array.Copy(_entries, index + 1, _entries, index, _count - index);
        _entries[_count] = default;
        _version++;
        Rehash(_entries.Length, rehashKeys: false);
        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, Value>> IEnumerable<KeyValuePair<string, Value>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Hash(string key) =>
        _randomized || key.Length > ShortKeyLength ? key.GetHashCode() : FixedHash(key);

    /// <summary>FNV-1a over the UTF-16 code units, with the high bits folded into the low ones the buckets use.</summary>
    private static int FixedHash(string key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }

    private static int Size(int capacity) => capacity <= 4 ? 4 : (int)BitOperations.RoundUpToPowerOf2((uint)capacity);

    private static void CheckIndex(int index, int limit)
    {
        if ((uint)index >= (uint)limit)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Index is outside the map.");
        }
    }

    /// <summary>Rebuilds the buckets for <paramref name="size"/> slots, and the entries' hashes when <paramref name="rehashKeys"/>.</summary>
    private void Rehash(int size, bool rehashKeys)
    {
        if (size != _entries.Length)
        {
            Array.Resize(ref _entries, size);
        }

        _buckets = new int[size];
        for (var i = 0; i < _count; i++)
        {
            if (rehashKeys)
            {
                _entries[i].Hash = Hash(_entries[i].Key);
            }

            Link(i);
        }
    }

    private void Link(int index)
    {
        ref var entry = ref _entries[index];
        ref var bucket = ref _buckets[entry.Hash & (_buckets.Length - 1)];
        entry.Next = bucket - 1;
        bucket = index + 1;
    }

    private struct Entry
    {
        public string Key;
        public Value Value;
        public int Hash;

        /// <summary>The next entry of the same bucket, or -1.</summary>
        public int Next;
    }

    /// <summary>Enumerates the entries in order; throws when the table gains or loses entries meanwhile.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, Value>>
    {
        private readonly OrderedStringTable _table;
        private readonly int _version;
        private int _index;

        internal Enumerator(OrderedStringTable table)
        {
            _table = table;
            _version = table._version;
            _index = -1;
        }

        public readonly KeyValuePair<string, Value> Current => _table.GetAt(_index);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_version != _table._version)
            {
                throw new InvalidOperationException("The map was changed during enumeration.");
            }

            return ++_index < _table._count;
        }

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
