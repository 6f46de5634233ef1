namespace Zexus.Conformance;

/// <summary>Slice 0 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard0Tests : JitTierSweepTests<JitTierSweepShard0Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 0;
}
