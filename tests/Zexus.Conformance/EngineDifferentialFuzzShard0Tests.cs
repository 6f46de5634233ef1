using Xunit.Abstractions;

namespace Zexus.Conformance;

/// <summary>Slice 0 of the <see cref="EngineDifferentialFuzzShardTests{TShard}"/> differential fuzz.</summary>
public sealed class EngineDifferentialFuzzShard0Tests(ITestOutputHelper output)
    : EngineDifferentialFuzzShardTests<EngineDifferentialFuzzShard0Tests>(output), IShard
{
    /// <inheritdoc/>
    public static int Index => 0;
}
