using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Host;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>LOG0-LOG4: append a log record of the executing account (Yellow Paper appendix H, 0xA0-0xA4).</summary>
public static class LogInstructions
{
    /// <summary>
    /// LOGn(offset, size, topic1, …, topicn): G_log + n·G_logtopic (static) + G_logdata per byte +
    /// memory expansion; forbidden in a static call (EIP-214). n comes from the opcode byte.
    /// </summary>
    public static EvmStatus Log(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        if (!frame.Memory.TryExpand(ref gas, in stack[0], in stack[1], out int start, out int count))
        {
            return EvmStatus.OutOfGas;
        }

        gas -= GasCost.LogData * (long)count;
        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        if (frame.Message.IsStatic)
        {
            return EvmStatus.StaticModeViolation;
        }

        int topicCount = frame.Code.PaddedCode[pc - 1] - (int)Opcode.LOG0;
        var topics = new Hash256[topicCount];
        for (int i = 0; i < topicCount; i++)
        {
            topics[i] = Hash256.FromUInt256(stack[2 + i]);
        }

        byte[] data = frame.Memory.Span.Slice(start, count).ToArray();
        frame.Context!.Host.AddLog(new LogEntry(frame.Message.Recipient, topics, data));
        return EvmStatus.Running;
    }
}
