namespace Zexus.Conformance;

/// <summary>Slice 3 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard3Tests : JitTierSweepTests<JitTierSweepShard3Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 3;
}
