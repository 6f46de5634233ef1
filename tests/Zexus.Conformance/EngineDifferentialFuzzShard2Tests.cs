using Xunit.Abstractions;

namespace Zexus.Conformance;

/// <summary>Slice 2 of the <see cref="EngineDifferentialFuzzShardTests{TShard}"/> differential fuzz.</summary>
public sealed class EngineDifferentialFuzzShard2Tests(ITestOutputHelper output)
    : EngineDifferentialFuzzShardTests<EngineDifferentialFuzzShard2Tests>(output), IShard
{
    /// <inheritdoc/>
    public static int Index => 2;
}
