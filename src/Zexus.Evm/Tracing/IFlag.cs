namespace Zexus.Evm.Tracing;

/// <summary>
/// A compile-time flag (Nethermind's <c>IFlag</c>): generic code constrained to
/// <c>where T : struct, IFlag</c> is compiled once per flag struct, so <c>if (T.IsActive)</c> on
/// <see cref="Off"/> is removed by the JIT and costs nothing.
/// </summary>
public interface IFlag
{
    /// <summary>Whether the flag is on.</summary>
    static abstract bool IsActive { get; }
}

/// <summary>The flag that is on.</summary>
public readonly struct On : IFlag
{
    /// <inheritdoc/>
    public static bool IsActive => true;
}

/// <summary>The flag that is off.</summary>
public readonly struct Off : IFlag
{
    /// <inheritdoc/>
    public static bool IsActive => false;
}
