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
    private readonly List<Value[]> _spare = [];
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
        if (ledgers.Count == 0)
        {
            return;
        }

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
        if (_copyCount == _copies.Length)
        {
            Array.Resize(ref _copies, _copyCount * 2);
        }

        _copies[_copyCount++] = new StateCopy(instance, state, owned);
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

    /// <summary>Closes the frame: forgets what it recorded and keeps the arrays it owned for reuse.</summary>
    public void Release()
    {
        foreach (var (_, state, owned) in _copies.AsSpan(0, _copyCount))
        {
            if (owned && _spare.Count < MaxSpare)
            {
                Array.Clear(state);
                _spare.Add(state);
            }
        }

        Array.Clear(_copies, 0, _copyCount);
        _copyCount = 0;
        Array.Clear(_ledgers, 0, _ledgerCount);
        _ledgerCount = 0;
        _index = null;
    }

    private Value[]? TakeSpare(int length)
    {
        for (var i = _spare.Count - 1; i >= 0; i--)
        {
            var array = _spare[i];
            if (array.Length == length)
            {
                _spare[i] = _spare[^1];
                _spare.RemoveAt(_spare.Count - 1);
                return array;
            }
        }

        return null;
    }
}
