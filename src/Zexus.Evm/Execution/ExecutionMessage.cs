using Zexus.Primitives;

namespace Zexus.Evm.Execution;

/// <summary>
/// The message a frame executes (Yellow Paper section 9.3, the execution environment I): who
/// calls whom with what value and input, the gas given, the call depth and the static flag.
/// </summary>
public sealed class ExecutionMessage
{
    /// <summary>An empty message (a pooled frame's placeholder).</summary>
    public static readonly ExecutionMessage None = new();

    /// <summary>I_s: the account that made this call (CALLER).</summary>
    public Address Caller { get; init; }

    /// <summary>I_a: the account whose code runs and whose storage it uses (ADDRESS).</summary>
    public Address Recipient { get; init; }

    /// <summary>I_v: the value transferred with the call, in wei (CALLVALUE).</summary>
    public UInt256 Value { get; init; }

    /// <summary>I_d: the call data (CALLDATA*).</summary>
    public ReadOnlyMemory<byte> Input { get; init; }

    /// <summary>The gas available to the frame.</summary>
    public long Gas { get; init; }

    /// <summary>I_e: the call depth, 0 for the transaction's own frame.</summary>
    public int Depth { get; init; }

    /// <summary>I_w inverted: true inside STATICCALL (EIP-214), where state changes are forbidden.</summary>
    public bool IsStatic { get; init; }
}
