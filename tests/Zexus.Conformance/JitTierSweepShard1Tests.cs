namespace Zexus.Conformance;

/// <summary>Slice 1 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard1Tests : JitTierSweepTests<JitTierSweepShard1Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 1;
}
