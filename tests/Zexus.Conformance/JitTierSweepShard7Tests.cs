namespace Zexus.Conformance;

/// <summary>Slice 7 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard7Tests : JitTierSweepTests<JitTierSweepShard7Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 7;
}
