using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>
/// The arithmetic, comparison and bitwise families. Each program is <c>PUSH b, PUSH a, OP</c>, so
/// the operation sees a on top; gas is the PUSHes (G_verylow = 3 each) plus the opcode's static
/// cost from the Yellow Paper fee schedule.
/// </summary>
public class ArithmeticInstructionTests
{
    private static readonly UInt256 Max = UInt256.MaxValue;

    private static UInt256 Neg(ulong n) => UInt256.Zero - new UInt256(n);

    private static IEnumerable<(Opcode Op, UInt256 A, UInt256 B, UInt256 Expected, long OpGas)> Cases()
    {
        yield return (Opcode.ADD, 2, 3, 5, 3);
        yield return (Opcode.ADD, Max, 2, 1, 3);
        yield return (Opcode.MUL, 6, 7, 42, 5);
        yield return (Opcode.MUL, Max, Max, 1, 5);
        yield return (Opcode.SUB, 3, 5, Neg(2), 3);
        yield return (Opcode.DIV, 7, 2, 3, 5);
        yield return (Opcode.DIV, 7, 0, 0, 5);
        yield return (Opcode.SDIV, Neg(8), 3, Neg(2), 5);
        yield return (Opcode.SDIV, Neg(1), 0, 0, 5);
        yield return (Opcode.MOD, 7, 3, 1, 5);
        yield return (Opcode.MOD, 7, 0, 0, 5);
        yield return (Opcode.SMOD, Neg(8), 3, Neg(2), 5);
        yield return (Opcode.SIGNEXTEND, 0, 0xFF, Max, 5);
        yield return (Opcode.SIGNEXTEND, 0, 0x7F, 0x7F, 5);
        yield return (Opcode.LT, 1, 2, 1, 3);
        yield return (Opcode.LT, 2, 1, 0, 3);
        yield return (Opcode.GT, 2, 1, 1, 3);
        yield return (Opcode.SLT, Neg(1), 0, 1, 3);
        yield return (Opcode.SGT, Neg(1), 0, 0, 3);
        yield return (Opcode.EQ, 5, 5, 1, 3);
        yield return (Opcode.EQ, 5, 6, 0, 3);
        yield return (Opcode.AND, 0b1100, 0b1010, 0b1000, 3);
        yield return (Opcode.OR, 0b1100, 0b1010, 0b1110, 3);
        yield return (Opcode.XOR, 0b1100, 0b1010, 0b0110, 3);
        yield return (Opcode.BYTE, 31, 0x1234, 0x34, 3);
        yield return (Opcode.BYTE, 32, 0x1234, 0, 3);
        yield return (Opcode.SHL, 1, 1, 2, 3);
        yield return (Opcode.SHL, 256, 1, 0, 3);
        yield return (Opcode.SHR, 4, 0xF0, 0x0F, 3);
        yield return (Opcode.SAR, 4, Neg(16), Neg(1), 3);
        yield return (Opcode.SAR, 300, Neg(16), Max, 3);
    }

    public static TheoryData<Opcode, string, string, string, long, bool> BinaryCases()
    {
        var data = new TheoryData<Opcode, string, string, string, long, bool>();
        foreach (var c in Cases())
        {
            foreach (bool tracing in new[] { false, true })
            {
                data.Add(c.Op, c.A.ToHexString(), c.B.ToHexString(), c.Expected.ToHexString(), c.OpGas, tracing);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void BinaryOperation_TwoOperands_LeavesResultAndChargesStaticGas(Opcode op, string a, string b, string expected, long opGas, bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(UInt256.Parse(b)).Push(UInt256.Parse(a)).Op(op), tracing);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal([UInt256.Parse(expected)], run.Stack);
        Assert.Equal(3 + 3 + opGas, run.GasUsed);
    }

    [Theory]
    [InlineData(Opcode.ADDMOD, 10, 10, 8, 4, false)]
    [InlineData(Opcode.ADDMOD, 10, 10, 8, 4, true)]
    [InlineData(Opcode.MULMOD, 10, 10, 8, 4, false)]
    [InlineData(Opcode.MULMOD, 10, 10, 0, 0, true)]
    public void ModularOperation_ThreeOperands_UsesG_mid(Opcode op, ulong a, ulong b, ulong n, ulong expected, bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(n).Push(b).Push(a).Op(op), tracing);

        Assert.Equal([new UInt256(expected)], run.Stack);
        Assert.Equal(3 + 3 + 3 + 8, run.GasUsed);
    }

    [Fact]
    public void AddMod_SumAbove2To256_DoesNotWrap()
    {
        // (2^256 - 1 + 2^256 - 1) mod 10 = (2^257 - 2) mod 10 = 0 ( 2^257 ends in ...792, minus 2).
        var run = Evm.Run(Code.Start().Push(10).Push(Max).Push(Max).Op(Opcode.ADDMOD), tracing: false);
        UInt256 expected = UInt256.FromBigInteger(((System.Numerics.BigInteger.One << 257) - 2) % 10);
        Assert.Equal([expected], run.Stack);
    }

    [Theory]
    [InlineData(Fork.Frontier, 0x0100, 10 * 2, false)]
    [InlineData(Fork.Homestead, 0x0100, 10 * 2, true)]
    [InlineData(Fork.SpuriousDragon, 0x0100, 50 * 2, false)]
    [InlineData(Fork.Prague, 0x0100, 50 * 2, true)]
    [InlineData(Fork.Prague, 0, 0, false)]
    [InlineData(Fork.Prague, 0xFF, 50, true)]
    public void Exp_ChargesPerExponentByte_TenBeforeEip160FiftyAfter(Fork fork, int exponent, long byteGas, bool tracing)
    {
        var run = Evm.Run(Code.Start().Push((ulong)exponent).Push(2).Op(Opcode.EXP), tracing, fork);

        UInt256 expected = UInt256.FromBigInteger(System.Numerics.BigInteger.ModPow(2, exponent, System.Numerics.BigInteger.One << 256));
        Assert.Equal([expected], run.Stack);
        Assert.Equal(3 + 3 + 10 + byteGas, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void IsZeroAndNot_OneOperand_ReplaceTop(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(0).Op(Opcode.ISZERO).Push(7).Op(Opcode.ISZERO).Push(0).Op(Opcode.NOT), tracing);

        Assert.Equal([UInt256.One, UInt256.Zero, Max], run.Stack);
        Assert.Equal(6 * 3, run.GasUsed);
    }

    [Theory]
    [InlineData(Opcode.SHL)]
    [InlineData(Opcode.SHR)]
    [InlineData(Opcode.SAR)]
    public void Shift_BeforeConstantinople_IsUndefined(Opcode op)
    {
        var before = Evm.Run(Code.Start().Push(1).Push(1).Op(op), tracing: false, Fork.Byzantium);
        var after = Evm.Run(Code.Start().Push(1).Push(1).Op(op), tracing: false, Fork.Constantinople);

        Assert.Equal(EvmStatus.UndefinedInstruction, before.Status);
        Assert.Equal(0, before.Result.GasLeft);
        Assert.Equal(EvmStatus.Stop, after.Status);
    }
}
