using Xunit.Abstractions;

namespace Zexus.Conformance;

/// <summary>Slice 1 of the <see cref="EngineDifferentialFuzzShardTests{TShard}"/> differential fuzz.</summary>
public sealed class EngineDifferentialFuzzShard1Tests(ITestOutputHelper output)
    : EngineDifferentialFuzzShardTests<EngineDifferentialFuzzShard1Tests>(output), IShard
{
    /// <inheritdoc/>
    public static int Index => 1;
}
