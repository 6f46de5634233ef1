namespace Zexus.Conformance;

/// <summary>Slice 2 of the corpus for the <see cref="JitTierSweepTests{TShard}"/> sweeps.</summary>
public sealed class JitTierSweepShard2Tests : JitTierSweepTests<JitTierSweepShard2Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 2;
}
