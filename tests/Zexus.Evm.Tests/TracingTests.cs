using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>The EIP-3155 tracer output, and tracing on and off giving identical results.</summary>
public class TracingTests
{
    [Fact]
    public void JsonLinesTracer_SimpleProgram_WritesStepsAndSummary()
    {
        var run = Evm.Run(Code.Start().Push(2).Push(3).Op(Opcode.ADD), tracing: true, gas: 100);

        string[] lines = run.Trace.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "{\"pc\":0,\"op\":96,\"gas\":\"0x64\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[],\"depth\":1,\"refund\":0,\"opName\":\"PUSH1\"}",
                "{\"pc\":2,\"op\":96,\"gas\":\"0x61\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[\"0x2\"],\"depth\":1,\"refund\":0,\"opName\":\"PUSH1\"}",
                "{\"pc\":4,\"op\":1,\"gas\":\"0x5e\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[\"0x2\",\"0x3\"],\"depth\":1,\"refund\":0,\"opName\":\"ADD\"}",
                "{\"pc\":5,\"op\":0,\"gas\":\"0x5b\",\"gasCost\":\"0x0\",\"memSize\":0,\"stack\":[\"0x5\"],\"depth\":1,\"refund\":0,\"opName\":\"STOP\"}",
                "{\"output\":\"\",\"gasUsed\":\"0x9\"}",
            ],
            lines);
    }

    [Fact]
    public void JsonLinesTracer_Failure_ReportsError()
    {
        var run = Evm.Run(Code.Start().Op(Opcode.ADD), tracing: true, gas: 10);

        Assert.EndsWith("{\"output\":\"\",\"gasUsed\":\"0xa\",\"error\":\"stack underflow\"}", run.Trace.TrimEnd());
    }

    [Fact]
    public void Untraced_WritesNothing()
    {
        Assert.Empty(Evm.Run(Code.Start().Push(1), tracing: false).Trace);
    }

    public static TheoryData<string> Programs() => new()
    {
        Convert.ToHexString(Code.Start().Push(2).Push(3).Op(Opcode.ADD).ReturnTop()),
        Convert.ToHexString(Code.Start().MStore(64, 7).Push(96).Push(0).Op(Opcode.KECCAK256).Op(Opcode.MSIZE)),
        Convert.ToHexString(Code.Start().Push(1).Push(0).Op(Opcode.SWAP1).Op(Opcode.DUP2).Op(Opcode.REVERT)),
        Convert.ToHexString(Code.Start().Push(0x5B).Push(1).Op(Opcode.JUMP)),
        Convert.ToHexString(Code.Start().Push(UInt256.MaxValue).Op(Opcode.MLOAD)),
        Convert.ToHexString(Code.Start().Op(Opcode.CALLDATASIZE).Push(0).Push(0).Op(Opcode.CALLDATACOPY).Op(Opcode.CODESIZE)),
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void TracingOnAndOff_SameResultGasAndState(string hex)
    {
        byte[] code = Convert.FromHexString(hex);
        foreach (Fork fork in new[] { Fork.Frontier, Fork.Byzantium, Fork.Prague })
        {
            var off = Evm.Run(code, tracing: false, fork, input: [1, 2, 3]);
            var on = Evm.Run(code, tracing: true, fork, input: [1, 2, 3]);

            Assert.Equal(off.Fingerprint(), on.Fingerprint());
            Assert.NotEmpty(on.Trace);
        }
    }
}
