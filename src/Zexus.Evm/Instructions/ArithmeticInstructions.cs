using System.Runtime.CompilerServices;
using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Instructions;

/// <summary>
/// The arithmetic, comparison and bitwise instructions (0x01-0x1D). Operands and results per
/// <see cref="EvmStack"/>: a two-operand instruction reads [0] and [1] and writes [1].
/// </summary>
public static class ArithmeticInstructions
{
    /// <summary>ADD, MUL, SUB, DIV, SDIV, MOD, SMOD, SIGNEXTEND, AND, OR, XOR, BYTE, SHL, SHR, SAR.</summary>
    public static EvmStatus Binary<TOperation>(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
        where TOperation : struct, IBinaryOperation
    {
        TOperation.Apply(in stack[0], in stack[1], out stack[1]);
        return EvmStatus.Running;
    }

    /// <summary>LT, GT, SLT, SGT, EQ: 1 if the relation holds, else 0.</summary>
    public static EvmStatus Compare<TComparison>(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
        where TComparison : struct, IComparison
    {
        stack[1] = TComparison.Test(in stack[0], in stack[1]) ? UInt256.One : UInt256.Zero;
        return EvmStatus.Running;
    }

    /// <summary>ISZERO.</summary>
    public static EvmStatus IsZero(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Top = stack.Top.IsZero ? UInt256.One : UInt256.Zero;
        return EvmStatus.Running;
    }

    /// <summary>NOT: the bitwise complement.</summary>
    public static EvmStatus Not(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        UInt256.Not(in stack.Top, out stack.Top);
        return EvmStatus.Running;
    }

    /// <summary>ADDMOD: (a + b) mod N without the 2^256 wrap, 0 when N = 0.</summary>
    public static EvmStatus AddMod(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        UInt256.AddMod(in stack[0], in stack[1], in stack[2], out stack[2]);
        return EvmStatus.Running;
    }

    /// <summary>MULMOD: (a · b) mod N without the 2^256 wrap, 0 when N = 0.</summary>
    public static EvmStatus MulMod(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        UInt256.MulMod(in stack[0], in stack[1], in stack[2], out stack[2]);
        return EvmStatus.Running;
    }

    /// <summary>EXP before Spurious Dragon: G_exp + 10 per byte of the exponent.</summary>
    public static EvmStatus ExpFrontier(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Exp(stack, ref gas, GasCost.ExpByteFrontier);

    /// <summary>EXP from Spurious Dragon: G_exp + 50 per byte of the exponent (EIP-160).</summary>
    public static EvmStatus ExpEip160(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Exp(stack, ref gas, Eip160.ExpByteCost);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static EvmStatus Exp(EvmStack stack, ref long gas, int byteCost)
    {
        gas -= (long)byteCost * UInt256.ByteLength(in stack[1]);
        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        UInt256.Exp(in stack[0], in stack[1], out stack[1]);
        return EvmStatus.Running;
    }
}
