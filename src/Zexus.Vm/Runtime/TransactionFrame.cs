using System.Runtime.CompilerServices;
using Zexus.Vm.Blockchain;

namespace Zexus.Vm.Runtime;

/// <summary>
/// One open frame of <see cref="ContractTransactions"/>: the event-log length, the ledger lengths and the host
/// snapshot when it began, and a deep copy of the state of each instance it covers. A copy may be shared with
/// the frames above (one copy serves them all); the lowest frame holding it owns it. A frame is reused for the
/// next transaction at its depth, and keeps the arrays of the copies it owned for the copies it will own.
/// </summary>
internal sealed class TransactionFrame
{
    /// <summary>Above this many copies, <see cref="Holds"/> uses a set instead of a scan (explicit transactions over many instances).</summary>
    private const int IndexThreshold = 8;

    /// <summary>At most this many spare arrays are kept.</summary>
    private const int MaxSpare = 16;

    private Ledger[] _ledgers = [];
    private int[] _ledgerCounts = [];
    private int _ledgerCount;
    private StateCopy[] _copies = new StateCopy[2];
    private int _copyCount;
    private readonly Value[][] _spare = new Value[MaxSpare][];
    private int _spareCount;
    private HashSet<ZContract>? _index;

    public int EventCount { get; private set; }

    public int HostSnapshot { get; private set; }

    /// <summary>Starts the frame: records the event-log length, every ledger's length and the host snapshot.</summary>
    public void Open(int eventCount, Dictionary<string, Ledger>.ValueCollection ledgers, int hostSnapshot)
    {
        if (_copyCount != 0 || _ledgerCount != 0)
        {
            // A rollback that failed half-way did not get to release the frame.
            Release();
        }

        EventCount = eventCount;
        HostSnapshot = hostSnapshot;
        if (ledgers.Count != 0)
        {
            RecordLedgers(ledgers);
        }
    }

    /// <summary>
    /// Records every ledger's length. PERF (bench: zexus bench, contract rows): kept out of <see cref="Open"/>, so that
    /// its inlined common case (no ledgers) needs no enumerator.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RecordLedgers(Dictionary<string, Ledger>.ValueCollection ledgers)
    {
        if (_ledgers.Length < ledgers.Count)
        {
            _ledgers = new Ledger[ledgers.Count];
            _ledgerCounts = new int[ledgers.Count];
        }

        foreach (var ledger in ledgers)
        {
            _ledgers[_ledgerCount] = ledger;
            _ledgerCounts[_ledgerCount++] = ledger.Count;
        }
    }

    /// <summary>True when this frame holds a copy of <paramref name="instance"/>'s state.</summary>
    public bool Holds(ZContract instance)
    {
        if (_index is { } index)
        {
            return index.Contains(instance);
        }

        foreach (var copy in _copies.AsSpan(0, _copyCount))
        {
            if (ReferenceEquals(copy.Instance, instance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records <paramref name="state"/> as <paramref name="instance"/>'s state when this frame began.</summary>
    public void Add(ZContract instance, Value[] state, bool owned)
    {
        // PERF (bench: zexus bench, contract rows): a frame with few copies has no index and room left; when the slot
        // still holds this instance and array from the frame's last use (see Release), nothing is stored at all.
        if (_copyCount < _copies.Length && _copyCount < IndexThreshold)
        {
            ref var slot = ref _copies[_copyCount++];
            if (!ReferenceEquals(slot.State, state) || !ReferenceEquals(slot.Instance, instance) || slot.Owned != owned)
            {
                Replace(ref slot, new StateCopy(instance, state, owned));
            }

            return;
        }

        AddIndexed(instance, state, owned);
    }

    /// <summary><see cref="Add"/> when the array of copies is full or the frame is (about to be) indexed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddIndexed(ZContract instance, Value[] state, bool owned)
    {
        if (_copyCount == _copies.Length)
        {
            Array.Resize(ref _copies, _copyCount * 2);
        }

        Replace(ref _copies[_copyCount++], new StateCopy(instance, state, owned));
        if (_index is { } index)
        {
            index.Add(instance);
        }
        else if (_copyCount > IndexThreshold)
        {
            _index = new HashSet<ZContract>(ReferenceEqualityComparer.Instance);
            foreach (var copy in _copies.AsSpan(0, _copyCount))
            {
                _index.Add(copy.Instance);
            }
        }
    }

    /// <summary>Overwrites a slot at or above the live copies; an array the slot kept for reuse goes to the spares.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Replace(ref StateCopy slot, StateCopy copy)
    {
        if (slot is { Owned: true, State: { } kept } && !ReferenceEquals(kept, copy.State) && _spareCount < MaxSpare)
        {
            _spare[_spareCount++] = kept;
        }

        slot = copy;
    }

    /// <summary>A deep copy of <paramref name="instance"/>'s state variables, in a spare array of this frame when one fits.</summary>
    public Value[] Copy(ZContract instance)
    {
        var live = instance.State.AsSpan(0, instance.Definition.StateNames.Length);
        var copy = TakeSpare(live.Length) ?? new Value[live.Length];
        DeepCopy.CopyInto(live, copy);
        return copy;
    }

    /// <summary>
    /// Puts every copied instance's state back. A copy this frame owns is no longer held by any frame, so its
    /// values become the state as they are; a shared one is copied again.
    /// </summary>
    public void Restore()
    {
        foreach (var (instance, state, owned) in _copies.AsSpan(0, _copyCount))
        {
            if (owned)
            {
                state.CopyTo(instance.State, 0);
            }
            else
            {
                DeepCopy.CopyInto(state, instance.State);
            }
        }
    }

    public void RollbackLedgers()
    {
        for (var i = 0; i < _ledgerCount; i++)
        {
            _ledgers[i].RollbackTo(_ledgerCounts[i]);
        }
    }

    /// <summary>
    /// Closes the frame: forgets what it recorded. A copy it owned stays in its slot, unused, for the next copy made at
    /// that position (<see cref="Copy"/>, <see cref="Add"/>); a shared one is dropped.
    /// </summary>
    /// <remarks>
    /// PERF (bench: zexus bench, contract rows): the next action call at this depth on the same instance copies the
    /// state into the same array and records it without a store of a reference (no GC write barriers); a kept array
    /// is not cleared (<see cref="Copy"/> overwrites all of it), and the ledgers are only cleared when there are some.
    /// </remarks>
    public void Release()
    {
        var copies = _copies;
        for (var i = 0; i < _copyCount; i++)
        {
            if (!copies[i].Owned)
            {
                copies[i] = default;
            }
        }

        _copyCount = 0;
        if (_ledgerCount != 0)
        {
            Array.Clear(_ledgers, 0, _ledgerCount);
            _ledgerCount = 0;
        }

        _index = null;
    }

    private Value[]? TakeSpare(int length)
    {
        // The array kept in the slot the next copy goes to (see Release) is free; Add then finds it in place.
        if (_copyCount < _copies.Length && _copies[_copyCount] is { Owned: true, State: { } kept } && kept.Length == length)
        {
            return kept;
        }

        // PERF (bench: zexus bench, contract rows): a plain array as a stack; the array kept last fits most often.
        var spare = _spare;
        for (var i = _spareCount - 1; i >= 0; i--)
        {
            var array = spare[i];
            if (array.Length == length)
            {
                var last = --_spareCount;
                spare[i] = spare[last];
                spare[last] = null!;
                return array;
            }
        }

        return null;
    }
}
