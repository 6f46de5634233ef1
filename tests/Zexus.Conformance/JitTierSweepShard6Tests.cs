namespace Zexus.Conformance;

/// <summary>Slice 6 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard6Tests : JitTierSweepTests<JitTierSweepShard6Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 6;
}
