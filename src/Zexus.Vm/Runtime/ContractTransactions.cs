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
/// copies); rollback restores the frame's copies (copied again, since outer frames may share them) and
/// truncates the event log and the ledgers. With a host, each frame also holds a host snapshot that
/// rollback reverts to, so the world state follows the same frames.
/// </summary>
internal sealed class ContractTransactions
{
    private sealed class Frame(int eventCount, Dictionary<Ledger, int> ledgerCounts, int hostSnapshot)
    {
        public readonly int EventCount = eventCount;
        public readonly int HostSnapshot = hostSnapshot;
        public readonly Dictionary<Ledger, int> LedgerCounts = ledgerCounts;
        public readonly Dictionary<ZContract, Value[]> Snapshots = new(ReferenceEqualityComparer.Instance);
    }

    private readonly List<Frame> _frames = [];

    public int Depth => _frames.Count;

    /// <summary>Opens a frame for an action call on <paramref name="instance"/>.</summary>
    public void Begin(ZContract instance, int eventCount, IEnumerable<Ledger> ledgers, IHost? host)
    {
        _frames.Add(new Frame(eventCount, Counts(ledgers), host?.TakeSnapshot() ?? 0));
        Value[]? copy = null;
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            var frame = _frames[i];
            if (frame.Snapshots.ContainsKey(instance))
            {
                // Older frames got their copy at the same moment as this one.
                break;
            }

            copy ??= Snapshot(instance);
            frame.Snapshots.Add(instance, copy);
        }
    }

    /// <summary>Opens an explicit transaction: every instance's state is recorded now.</summary>
    public void BeginAll(IEnumerable<ZContract> instances, int eventCount, IEnumerable<Ledger> ledgers, IHost? host)
    {
        var frame = new Frame(eventCount, Counts(ledgers), host?.TakeSnapshot() ?? 0);
        foreach (var instance in instances)
        {
            frame.Snapshots.Add(instance, Snapshot(instance));
        }

        _frames.Add(frame);
    }

    public void Commit() => _frames.RemoveAt(_frames.Count - 1);

    public void Rollback(List<Value> events, IHost? host)
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        host?.RevertToSnapshot(frame.HostSnapshot);
        foreach (var (instance, snapshot) in frame.Snapshots)
        {
            var restored = DeepCopy.CopyAll(snapshot);
            Array.Copy(restored, instance.State, restored.Length);
        }

        if (events.Count > frame.EventCount)
        {
            events.RemoveRange(frame.EventCount, events.Count - frame.EventCount);
        }

        foreach (var (ledger, count) in frame.LedgerCounts)
        {
            ledger.RollbackTo(count);
        }
    }

    private static Value[] Snapshot(ZContract instance) =>
        DeepCopy.CopyAll(instance.State.AsSpan(0, instance.Definition.StateNames.Length));

    private static Dictionary<Ledger, int> Counts(IEnumerable<Ledger> ledgers) =>
        ledgers.ToDictionary(l => l, l => l.Count);
}
