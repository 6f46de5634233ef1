using Zexus.Evm.Execution;

namespace Zexus.Evm.Tracing;

/// <summary>
/// Receives the steps of an execution, in the shape of EIP-3155 traces. The interpreter calls it
/// only in its tracing instantiation, so an execution without a tracer pays nothing for it.
/// </summary>
public interface IEvmTracer
{
    /// <summary>Called before each instruction executes (before its gas is charged).</summary>
    void OnStep(in EvmStep step);

    /// <summary>Called once when the frame ends.</summary>
    void OnEnd(in EvmResult result, long gasUsed, int depth);
}
