using System.Globalization;
using System.Text;
using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;

namespace Zexus.Evm.Tracing;

/// <summary>
/// Writes an EIP-3155 trace: one JSON object per step (<c>pc, op, gas, gasCost, memSize, stack,
/// depth, refund, opName</c>) and a summary line (<c>output, gasUsed, error</c>), each on its own
/// line. Numbers that the EIP gives as hex strings are written as <c>0x</c>-prefixed hex.
/// </summary>
public sealed class JsonLinesTracer : IEvmTracer
{
    private readonly TextWriter _writer;
    private readonly StringBuilder _line = new(256);

    /// <summary>A tracer writing to <paramref name="writer"/> (for the CLI: standard error).</summary>
    public JsonLinesTracer(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <inheritdoc/>
    public void OnStep(in EvmStep step)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        StringBuilder b = _line.Clear();
        b.Append(c, $"{{\"pc\":{step.Pc},\"op\":{step.Opcode},\"gas\":\"0x{step.Gas:x}\",\"gasCost\":\"0x{step.GasCost:x}\",\"memSize\":{step.MemorySize},\"stack\":[");
        for (int i = 0; i < step.Stack.Length; i++)
        {
            if (i > 0)
            {
                b.Append(',');
            }

            b.Append('"').Append(step.Stack[i].ToHexString()).Append('"');
        }

        b.Append(c, $"],\"depth\":{step.Depth},\"refund\":{step.Refund},\"opName\":\"{OpcodeTraits.NameOf(step.Opcode)}\"}}");
        _writer.WriteLine(b);
    }

    /// <inheritdoc/>
    public void OnEnd(in EvmResult result, long gasUsed, int depth)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        StringBuilder b = _line.Clear();
        b.Append(c, $"{{\"output\":\"{Convert.ToHexStringLower(result.Output.Span)}\",\"gasUsed\":\"0x{gasUsed:x}\"");
        if (result.Error is { } error)
        {
            b.Append(",\"error\":\"").Append(error).Append('"');
        }

        b.Append('}');
        _writer.WriteLine(b);
    }
}
