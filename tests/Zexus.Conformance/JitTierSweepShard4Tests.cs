namespace Zexus.Conformance;

/// <summary>Slice 4 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard4Tests : JitTierSweepTests<JitTierSweepShard4Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 4;
}
