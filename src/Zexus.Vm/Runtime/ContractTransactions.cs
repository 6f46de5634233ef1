
namespace Zexus.Vm.Runtime;

/// <summary>
/// Every action call is a transaction (LANGUAGE.md 10.3). A frame records, for each instance whose action
/// ran while the frame was open, a deep copy of its state as it was when the frame began, and the length
/// of the event log. An instance's state only changes through its own actions, so the first time one of
/// its actions starts, its current state is still its state at the start of every open frame that has no
/// copy yet: one copy serves them all. Commit is a pop (outer frames already hold copies); rollback
/// restores the frame's copies (copied again, since outer frames may share them) and truncates the log.
/// </summary>
internal sealed class ContractTransactions
{
    private sealed class Frame(int eventCount)
    {
        public readonly int EventCount = eventCount;
        public readonly Dictionary<ZContract, Value[]> Snapshots = new(ReferenceEqualityComparer.Instance);
    }

    private readonly List<Frame> _frames = [];

    public void Begin(ZContract instance, int eventCount)
    {
        _frames.Add(new Frame(eventCount));
        Value[]? copy = null;
        for (var i = _frames.Count - 1; i >= 0; i--)
        {
            var frame = _frames[i];
            if (frame.Snapshots.ContainsKey(instance))
            {
                // Older frames got their copy at the same moment as this one.
                break;
            }

            copy ??= DeepCopy.CopyAll(instance.State.AsSpan(0, instance.Definition.StateNames.Length));
            frame.Snapshots.Add(instance, copy);
        }
    }

    public void Commit() => _frames.RemoveAt(_frames.Count - 1);

    public void Rollback(List<Value> events)
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        foreach (var (instance, snapshot) in frame.Snapshots)
        {
            var restored = DeepCopy.CopyAll(snapshot);
            Array.Copy(restored, instance.State, restored.Length);
        }

        if (events.Count > frame.EventCount)
        {
            events.RemoveRange(frame.EventCount, events.Count - frame.EventCount);
        }
    }
}
