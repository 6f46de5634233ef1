using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>A test precompile at 0x04: returns its input reversed for 15 gas.</summary>
internal sealed class EchoPrecompile : Precompile
{
    public const ulong Number = 4;

    public override Address Address => AddressOf((int)Number);

    public override string Name => "ECHO";

    public override Fork Since => Fork.Frontier;

    public override long BaseGas(Fork fork) => 15;

    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        byte[] output = input.ToArray();
        Array.Reverse(output);
        return PrecompileResult.Success(output);
    }
}
