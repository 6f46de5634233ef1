using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>
/// The entries of a <see cref="ZMap"/>: string keys with their values, in insertion order, found by hash. Maps never
/// lose a key (LANGUAGE.md 3.7 has no removal), so entries only grow and an entry's position never changes.
/// </summary>
/// <remarks>
/// PERF (bench: zexus bench, maps rows, every engine): written for string keys alone, so hashing and comparing are
/// direct calls the JIT inlines, where the generic <c>OrderedDictionary&lt;string, Value&gt;</c> it replaces runs
/// shared generic code that calls its comparer through an interface; a map read took about half the maps loop.
/// Keys hash with a fixed function first; a map whose keys pile into one bucket switches for good to
/// <see cref="string.GetHashCode()"/>, randomized per process, so a program cannot make every access slow by choosing
/// keys that collide. Where a key lands in its table is never visible: maps iterate in insertion order.
/// </remarks>
public sealed class ZMapEntries : IReadOnlyCollection<KeyValuePair<string, Value>>
{
    private Entry[] _entries;

    /// <summary>Per bucket, one more than the position of the newest entry hashed there (0: none); a power of two long.</summary>
    private int[] _buckets;

    private int _count;

    /// <summary>Set for good once a bucket held more than <see cref="MaxChain"/> entries: keys then hash with a per-process seed.</summary>
    private bool _randomized;

    /// <summary>A longer bucket chain than this, met while adding, switches the map to the randomized hash.</summary>
    private const int MaxChain = 64;

    public ZMapEntries(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var size = capacity <= 4 ? 4 : (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _entries = new Entry[size];
        _buckets = new int[size];
    }

    public int Count => _count;

    /// <summary>The keys in insertion order.</summary>
    public IEnumerable<string> Keys => this.Select(e => e.Key);

    /// <summary>
    /// True once keys piled into one bucket under the fixed hash and the map switched to the randomized one (see
    /// the remarks); visible for tests and diagnostics, it changes no result.
    /// </summary>
    public bool UsesRandomizedHash => _randomized;

    /// <summary>The entry at <paramref name="index"/> (insertion order, from 0).</summary>
    public KeyValuePair<string, Value> GetAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        ref var e = ref _entries[index];
        return new(e.Key, e.Value);
    }

    /// <summary>The key at <paramref name="index"/>.</summary>
    public string KeyAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return _entries[index].Key;
    }

    /// <summary>The value at <paramref name="index"/>.</summary>
    public Value ValueAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return _entries[index].Value;
    }

    /// <summary>The value at <paramref name="index"/> in place, valid until the next key is added (the entries may move then).</summary>
    internal ref Value ValueRef(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return ref _entries[index].Value;
    }

    /// <summary>The position of <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Find(key, Hash(key));
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The value of <paramref name="key"/>; false when it is absent.</summary>
    public bool TryGetValue(string key, out Value value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    /// <summary>Adds a key that must be new.</summary>
    public void Add(string key, Value value)
    {
        if (!TryAdd(key, value, out _))
        {
            throw new ArgumentException($"the key '{key}' is already in the map", nameof(key));
        }
    }

    /// <summary>Adds <paramref name="key"/> at the end; when it is already there, changes nothing and returns false. Either way, <paramref name="index"/> is its position.</summary>
    public bool TryAdd(string key, in Value value, out int index)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = Hash(key);
        index = Find(key, hash);
        if (index >= 0)
        {
            return false;
        }

        if (!_randomized && ChainLength(hash) > MaxChain)
        {
            // Many keys share one bucket: the keys may have been chosen to collide under the fixed hash.
            _randomized = true;
            hash = Hash(key);
            Rehash(_entries.Length);
        }

        if (_count == _entries.Length)
        {
            Grow();
        }

        index = _count;
        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _entries[index] = new Entry { Key = key, Hash = hash, Next = bucket, Value = value };
        bucket = index + 1;
        _count = index + 1;
        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, Value>> IEnumerable<KeyValuePair<string, Value>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// FNV-1a over the UTF-16 code units until <see cref="_randomized"/>, then the process-randomized
    /// <see cref="string.GetHashCode()"/>. PERF (bench: zexus bench, maps rows): the fixed hash costs a few cycles
    /// for short keys, a third of the randomized one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Hash(string key)
    {
        if (_randomized)
        {
            return key.GetHashCode();
        }

        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(string key, int hash)
    {
        var entries = _entries;
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; (uint)i < (uint)entries.Length; i = entries[i].Next - 1)
        {
            ref var e = ref entries[i];
            if (ReferenceEquals(e.Key, key) || (e.Hash == hash && string.Equals(e.Key, key)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many entries the bucket of <paramref name="hash"/> holds (only counted when adding a key).</summary>
    private int ChainLength(int hash)
    {
        var length = 0;
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; (uint)i < (uint)_entries.Length; i = _entries[i].Next - 1)
        {
            length++;
        }

        return length;
    }

    private void Grow() => Rehash(checked(_entries.Length * 2));

    /// <summary>Resizes the entries to <paramref name="size"/> (a power of two) and hashes every key again.</summary>
    private void Rehash(int size)
    {
        Array.Resize(ref _entries, size);
        var buckets = new int[size];
        for (var i = 0; i < _count; i++)
        {
            _entries[i].Hash = Hash(_entries[i].Key);
            ref var bucket = ref buckets[_entries[i].Hash & (size - 1)];
            _entries[i].Next = bucket;
            bucket = i + 1;
        }

        _buckets = buckets;
    }

    private struct Entry
    {
        public string Key;
        public int Hash;

        /// <summary>One more than the position of the next older entry in the same bucket (0: none).</summary>
        public int Next;

        public Value Value;
    }

    /// <summary>The entries in insertion order, including any added while enumerating.</summary>
    public struct Enumerator(ZMapEntries entries) : IEnumerator<KeyValuePair<string, Value>>
    {
        private int _index = -1;

        public readonly KeyValuePair<string, Value> Current => entries.GetAt(_index);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < entries._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
