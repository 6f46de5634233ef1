namespace Zexus.Conformance;

/// <summary>Slice 5 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard5Tests : JitTierSweepTests<JitTierSweepShard5Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 5;
}
