namespace Zexus.Vm.Runtime;

/// <summary>
/// What a built-in function may ask of the engine that calls it: calling back into user code,
/// the event log and the block context. Each engine implements it once.
/// </summary>
public interface IRuntimeContext
{
    /// <summary>Calls any callable value (5.11) with the given arguments; errors propagate.</summary>
    Value Call(Value callee, ReadOnlySpan<Value> args);

    /// <summary>The program's event log (10.6): maps <c>{event, args}</c> in emission order.</summary>
    List<Value> Events { get; }

    /// <summary>Block time in seconds since the Unix epoch (10.8).</summary>
    long Timestamp { get; }

    /// <summary>Block hash as 64 lowercase hex digits (10.8).</summary>
    string BlockHash { get; }
}
