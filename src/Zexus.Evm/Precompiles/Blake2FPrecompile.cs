using System.Buffers.Binary;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// BLAKE2F (0x09, EIP-152, Istanbul): the BLAKE2b compression function F with a caller-chosen
/// round count. Input is exactly 213 bytes: rounds (4, big-endian) ‖ h (64) ‖ m (128) ‖ t (16)
/// ‖ f (1), the words of h, m and t little-endian; output is the new h (64 bytes). Gas is the
/// round count (G_blake2f = 1 per round).
/// </summary>
public sealed class Blake2FPrecompile : Precompile
{
    /// <summary>The only accepted input length.</summary>
    public const int InputLength = 213;

    /// <summary>The gas per round.</summary>
    public const long RoundCost = 1;

    private const int StateOffset = 4;
    private const int MessageOffset = StateOffset + 64;
    private const int CounterOffset = MessageOffset + 128;
    private const int FlagOffset = CounterOffset + 16;

    /// <summary>The shared instance (the class is stateless).</summary>
    public static Blake2FPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(9);

    /// <inheritdoc/>
    public override string Name => "BLAKE2F";

    /// <inheritdoc/>
    public override Fork Since => Fork.Istanbul;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => 0;

    /// <summary>The round count of a well-formed input; 0 for any other length (the call then fails in <see cref="Run"/>).</summary>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) =>
        input.Length == InputLength ? BinaryPrimitives.ReadUInt32BigEndian(input) * RoundCost : 0;

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        if (input.Length != InputLength)
        {
            return PrecompileResult.Failure("BLAKE2F input must be exactly 213 bytes");
        }

        byte flag = input[FlagOffset];
        if (flag > 1)
        {
            return PrecompileResult.Failure("BLAKE2F final block flag must be 0 or 1");
        }

        uint rounds = BinaryPrimitives.ReadUInt32BigEndian(input);
        Span<ulong> h = stackalloc ulong[8];
        Span<ulong> m = stackalloc ulong[16];
        ReadWords(input.Slice(StateOffset, 64), h);
        ReadWords(input.Slice(MessageOffset, 128), m);
        ulong t0 = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(CounterOffset, 8));
        ulong t1 = BinaryPrimitives.ReadUInt64LittleEndian(input.Slice(CounterOffset + 8, 8));
        Blake2b.Compress(h, m, t0, t1, flag == 1, rounds);

        var output = new byte[64];
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(i * 8, 8), h[i]);
        }

        return PrecompileResult.Success(output);
    }

    private static void ReadWords(ReadOnlySpan<byte> bytes, Span<ulong> words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i * 8, 8));
        }
    }
}
