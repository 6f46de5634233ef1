using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>PUSHn, DUPn, SWAPn, POP, and the stack limits the dispatcher enforces from the traits table.</summary>
public class StackInstructionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Push32_FullWord_PushesBigEndianValue(bool tracing)
    {
        byte[] word = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var run = Evm.Run(Code.Start().PushBytes(word), tracing);

        Assert.Equal([new UInt256(word)], run.Stack);
        Assert.Equal(3, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Push_TruncatedAtEndOfCode_ReadsZerosForMissingBytes(bool tracing)
    {
        var run = Evm.Run(Code.Start().Op(Opcode.PUSH2).Raw(0x12), tracing);

        Assert.Equal([new UInt256(0x1200)], run.Stack);
    }

    public static TheoryData<int, bool> DepthsAndTracing()
    {
        var data = new TheoryData<int, bool>();
        foreach (int n in new[] { 1, 2, 7, 16 })
        {
            data.Add(n, false);
            data.Add(n, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DepthsAndTracing))]
    public void DupN_CopiesTheNthItem(int n, bool tracing)
    {
        Code code = Code.Start();
        for (int i = n; i >= 1; i--)
        {
            code.Push((ulong)i);
        }

        var run = Evm.Run(code.Op((Opcode)((int)Opcode.DUP1 + n - 1)), tracing);

        Assert.Equal(n + 1, run.Stack.Length);
        Assert.Equal(new UInt256((ulong)n), run.Stack[^1]);
        Assert.Equal((3L * n) + 3, run.GasUsed);
    }

    [Theory]
    [MemberData(nameof(DepthsAndTracing))]
    public void SwapN_ExchangesTopWithTheItemNBelow(int n, bool tracing)
    {
        Code code = Code.Start();
        for (int i = n; i >= 0; i--)
        {
            code.Push((ulong)i + 100);
        }

        var run = Evm.Run(code.Op((Opcode)((int)Opcode.SWAP1 + n - 1)), tracing);

        UInt256[] stack = run.Stack;
        Assert.Equal(new UInt256((ulong)n + 100), stack[^1]);
        Assert.Equal(new UInt256(100), stack[^(n + 1)]);
        Assert.Equal((3L * (n + 1)) + 3, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pop_RemovesTop(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(1).Push(2).Op(Opcode.POP), tracing);

        Assert.Equal([UInt256.One], run.Stack);
        Assert.Equal(3 + 3 + 2, run.GasUsed);
    }

    [Theory]
    [InlineData(1024, EvmStatus.Stop)]
    [InlineData(1025, EvmStatus.StackOverflow)]
    public void Push_1025thItem_OverflowsTheStack(int pushes, EvmStatus expected)
    {
        Code code = Code.Start();
        for (int i = 0; i < pushes; i++)
        {
            code.Push(1);
        }

        var run = Evm.Run(code, tracing: false);

        Assert.Equal(expected, run.Status);
        Assert.Equal(expected == EvmStatus.Stop ? 3 * 1024 : 1_000_000, run.GasUsed);
    }

    [Fact]
    public void Dup1_OnFullStack_Overflows()
    {
        Code code = Code.Start();
        for (int i = 0; i < 1024; i++)
        {
            code.Push(1);
        }

        Assert.Equal(EvmStatus.StackOverflow, Evm.Run(code.Op(Opcode.DUP1), tracing: false).Status);
        Assert.Equal(EvmStatus.Stop, Evm.Run(Code.Start().Push(1).Push(1).Op(Opcode.SWAP1), tracing: false).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Add_WithOneItem_Underflows(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(1).Op(Opcode.ADD), tracing);

        Assert.Equal(EvmStatus.StackUnderflow, run.Status);
        Assert.Equal(0, run.Result.GasLeft);
    }

    [Theory]
    [InlineData(Opcode.DUP16, 15)]
    [InlineData(Opcode.SWAP16, 16)]
    [InlineData(Opcode.POP, 0)]
    [InlineData(Opcode.JUMP, 0)]
    public void Instruction_OneItemShort_Underflows(Opcode op, int items)
    {
        Code code = Code.Start();
        for (int i = 0; i < items; i++)
        {
            code.Push(1);
        }

        Assert.Equal(EvmStatus.StackUnderflow, Evm.Run(code.Op(op), tracing: false).Status);
    }
}
