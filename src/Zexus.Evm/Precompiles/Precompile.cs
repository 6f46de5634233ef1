using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// A precompiled contract (Yellow Paper appendix E): a fixed address whose "code" is native. Each
/// precompile is one class; its gas is <see cref="BaseGas"/> plus <see cref="DataGas"/>, separate
/// from <see cref="Run"/> so the caller charges before running (and a benchmark can time
/// <see cref="Run"/> alone).
/// </summary>
public abstract class Precompile
{
    /// <summary>The precompile's address (0x01, 0x02, …).</summary>
    public abstract Address Address { get; }

    /// <summary>A short name for traces and errors, for example "ECRECOVER".</summary>
    public abstract string Name { get; }

    /// <summary>The first fork in which the precompile exists.</summary>
    public abstract Fork Since { get; }

    /// <summary>The fixed part of the gas in <paramref name="fork"/>.</summary>
    public abstract long BaseGas(Fork fork);

    /// <summary>The input-dependent part of the gas in <paramref name="fork"/>; may saturate at <see cref="long.MaxValue"/>.</summary>
    public virtual long DataGas(ReadOnlySpan<byte> input, Fork fork) => 0;

    /// <summary><see cref="BaseGas"/> + <see cref="DataGas"/>, saturating at <see cref="long.MaxValue"/>.</summary>
    public long Gas(ReadOnlySpan<byte> input, Fork fork)
    {
        long data = DataGas(input, fork);
        long baseGas = BaseGas(fork);
        return data > long.MaxValue - baseGas ? long.MaxValue : baseGas + data;
    }

    /// <summary>
    /// Runs the precompile on <paramref name="input"/>. A failure (<see cref="PrecompileResult.Failure"/>)
    /// consumes all gas given to the call, like an exceptional halt.
    /// </summary>
    public abstract PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork);

    /// <summary>The address of precompile number <paramref name="number"/> (0x00…00NN).</summary>
    protected static Address AddressOf(int number)
    {
        Span<byte> bytes = stackalloc byte[Address.Size];
        bytes.Clear();
        bytes[^2] = (byte)(number >> 8);
        bytes[^1] = (byte)number;
        return new Address(bytes);
    }
}
