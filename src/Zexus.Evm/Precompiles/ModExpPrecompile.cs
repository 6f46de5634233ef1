using Zexus.Crypto.ModExp;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// MODEXP (0x05, EIP-198, Byzantium): B^E mod M over the big-endian numbers of the call data
/// (see <see cref="ModExpInput"/>), output exactly len(M) bytes (empty when len(M) = 0, zeros when
/// M = 0). Gas per <see cref="ModExpGas"/>: EIP-198, EIP-2565 from Berlin, EIP-7883 from Osaka,
/// where EIP-7823 also makes any length above 1024 bytes fail.
/// </summary>
public sealed class ModExpPrecompile : Precompile
{
    /// <summary>
    /// The largest base or modulus length this implementation runs (64 MiB). Any call above it
    /// costs more than 10¹³ gas in every fork, so it cannot be paid for; <see cref="Run"/> reports
    /// it as not supported rather than allocating.
    /// </summary>
    public const int MaxSupportedLength = 1 << 26;

    /// <summary>The shared instance (the class is stateless).</summary>
    public static ModExpPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(5);

    /// <inheritdoc/>
    public override string Name => "MODEXP";

    /// <inheritdoc/>
    public override Fork Since => Fork.Byzantium;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => 0;

    /// <inheritdoc/>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) => ModExpGas.Compute(input, fork);

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        var call = new ModExpInput(input);
        if (fork >= Fork.Osaka
            && (call.BaseLength > Eip7823.MaxInputFieldLength
                || call.ExponentLength > Eip7823.MaxInputFieldLength
                || call.ModulusLength > Eip7823.MaxInputFieldLength))
        {
            return PrecompileResult.Failure("MODEXP base, exponent and modulus are limited to 1024 bytes (EIP-7823)");
        }

        if (call.ModulusLength.IsZero)
        {
            return PrecompileResult.Success(ReadOnlyMemory<byte>.Empty);
        }

        if (call.ModulusLength > MaxSupportedLength || call.BaseLength > MaxSupportedLength)
        {
            return PrecompileResult.Failure("MODEXP lengths above 64 MiB are not supported");
        }

        var output = new byte[(int)(ulong)call.ModulusLength];
        var modulus = new byte[output.Length];
        call.CopyPadded(call.ModulusOffset, modulus);
        if (!modulus.AsSpan().ContainsAnyExcept((byte)0))
        {
            return PrecompileResult.Success(output);
        }

        // A non-zero modulus means the input reaches past the exponent, so base and exponent lie
        // wholly inside it and their lengths fit in an int.
        ReadOnlySpan<byte> @base = call.Slice(96, (int)(ulong)call.BaseLength);
        ReadOnlySpan<byte> exponent = call.Slice(call.ExponentOffset, (int)(ulong)call.ExponentLength);
        ModularExponentiation.Pow(@base, exponent, modulus, output);
        return PrecompileResult.Success(output);
    }
}
