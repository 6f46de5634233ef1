using Zexus.Host;
using Zexus.Vm.Blockchain;

namespace Zexus.Vm.Runtime;

/// <summary>
/// The journal of nested transactions (LANGUAGE.md 10.3; the ZVM's TX_BEGIN/TX_COMMIT/TX_REVERT). A frame
/// records, for each contract instance, a deep copy of its state as it was when the frame began, plus the
/// lengths of the event log and of every ledger. An action call opens a frame lazily: an instance's state
/// only changes through its own actions, so the first time one of its actions starts, its current state
/// is still its state at the start of every open frame that has no copy yet — one copy serves them all.
/// An explicit transaction copies every instance at once. Commit is a pop (outer frames already hold
/// copies); rollback restores the frame's copies (copied again when outer frames share them) and
/// truncates the event log and the ledgers. With a host, each frame also holds a host snapshot that
/// rollback reverts to, so the world state follows the same frames.
/// </summary>
/// <remarks>
/// PERF (bench: zexus bench, contract rows): frames are kept by depth and reused, and so is the array of a
/// state copy once no open frame holds it any more: an action call at a depth seen before allocates nothing
/// here when its instance's state holds no lists, maps or entities.
/// </remarks>
internal sealed class ContractTransactions
{
    private readonly List<TransactionFrame> _frames = [];
    private int _depth;

    public int Depth => _depth;

    /// <summary>Opens a frame for an action call on <paramref name="instance"/>.</summary>
    public void Begin(ZContract instance, int eventCount, Dictionary<string, Ledger>.ValueCollection ledgers, IHost? host)
    {
        var top = Push(eventCount, ledgers, host);

        // The frames above the nearest one holding a copy began with the state as it is now (see the summary);
        // the lowest of them is popped last, so it owns the copy.
        var lowest = top;
        while (lowest > 0 && !_frames[lowest - 1].Holds(instance))
        {
            lowest--;
        }

        var copy = _frames[lowest].Copy(instance);
        for (var i = top; i >= lowest; i--)
        {
            _frames[i].Add(instance, copy, owned: i == lowest);
        }
    }

    /// <summary>Opens an explicit transaction: every instance's state is recorded now.</summary>
    public void BeginAll(IReadOnlyList<ZContract> instances, int eventCount, Dictionary<string, Ledger>.ValueCollection ledgers, IHost? host)
    {
        var frame = _frames[Push(eventCount, ledgers, host)];
        foreach (var instance in instances)
        {
            frame.Add(instance, frame.Copy(instance), owned: true);
        }
    }

    public void Commit() => _frames[--_depth].Release();

    public void Rollback(List<Value> events, IHost? host)
    {
        var frame = _frames[--_depth];
        host?.RevertToSnapshot(frame.HostSnapshot);
        frame.Restore();
        if (events.Count > frame.EventCount)
        {
            events.RemoveRange(frame.EventCount, events.Count - frame.EventCount);
        }

        frame.RollbackLedgers();
        frame.Release();
    }

    /// <summary>Opens the frame at the current depth (reusing the one that was there) and returns its index.</summary>
    private int Push(int eventCount, Dictionary<string, Ledger>.ValueCollection ledgers, IHost? host)
    {
        if (_depth == _frames.Count)
        {
            _frames.Add(new TransactionFrame());
        }

        var index = _depth;
        _frames[index].Open(eventCount, ledgers, host?.TakeSnapshot() ?? 0);
        _depth = index + 1;
        return index;
    }
}
