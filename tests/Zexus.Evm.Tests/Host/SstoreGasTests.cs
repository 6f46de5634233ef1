using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>
/// SSTORE gas and refunds: the published test vectors of EIP-1283 (Constantinople) and EIP-2200
/// (Istanbul) — code, gas used, refund, original value — run on the interpreter, plus the Frontier
/// rule and the EIP-2929/EIP-3529 repricing.
/// </summary>
public class SstoreGasTests
{
    public static TheoryData<Fork, string, long, long, ulong> Vectors()
    {
        var data = new TheoryData<Fork, string, long, long, ulong>();

        // EIP-2200 test cases (Istanbul).
        data.Add(Fork.Istanbul, "60006000556000600055", 1612, 0, 0);
        data.Add(Fork.Istanbul, "60006000556001600055", 20812, 0, 0);
        data.Add(Fork.Istanbul, "60016000556000600055", 20812, 19200, 0);
        data.Add(Fork.Istanbul, "60016000556002600055", 20812, 0, 0);
        data.Add(Fork.Istanbul, "60016000556001600055", 20812, 0, 0);
        data.Add(Fork.Istanbul, "60006000556000600055", 5812, 15000, 1);
        data.Add(Fork.Istanbul, "60006000556001600055", 5812, 4200, 1);
        data.Add(Fork.Istanbul, "60006000556002600055", 5812, 0, 1);
        data.Add(Fork.Istanbul, "60026000556000600055", 5812, 15000, 1);
        data.Add(Fork.Istanbul, "60026000556003600055", 5812, 0, 1);
        data.Add(Fork.Istanbul, "60026000556001600055", 5812, 4200, 1);
        data.Add(Fork.Istanbul, "60026000556002600055", 5812, 0, 1);
        data.Add(Fork.Istanbul, "60016000556000600055", 5812, 15000, 1);
        data.Add(Fork.Istanbul, "60016000556002600055", 5812, 0, 1);
        data.Add(Fork.Istanbul, "60016000556001600055", 1612, 0, 1);
        data.Add(Fork.Istanbul, "600160005560006000556001600055", 40818, 19200, 0);
        data.Add(Fork.Istanbul, "600060005560016000556000600055", 10818, 19200, 1);

        // EIP-1283 test cases (Constantinople).
        data.Add(Fork.Constantinople, "60006000556000600055", 412, 0, 0);
        data.Add(Fork.Constantinople, "60006000556001600055", 20212, 0, 0);
        data.Add(Fork.Constantinople, "60016000556000600055", 20212, 19800, 0);
        data.Add(Fork.Constantinople, "60016000556002600055", 20212, 0, 0);
        data.Add(Fork.Constantinople, "60016000556001600055", 20212, 0, 0);
        data.Add(Fork.Constantinople, "60006000556000600055", 5212, 15000, 1);
        data.Add(Fork.Constantinople, "60006000556001600055", 5212, 4800, 1);
        data.Add(Fork.Constantinople, "60006000556002600055", 5212, 0, 1);
        data.Add(Fork.Constantinople, "60026000556000600055", 5212, 15000, 1);
        data.Add(Fork.Constantinople, "60026000556003600055", 5212, 0, 1);
        data.Add(Fork.Constantinople, "60026000556001600055", 5212, 4800, 1);
        data.Add(Fork.Constantinople, "60026000556002600055", 5212, 0, 1);
        data.Add(Fork.Constantinople, "60016000556000600055", 5212, 15000, 1);
        data.Add(Fork.Constantinople, "60016000556002600055", 5212, 0, 1);
        data.Add(Fork.Constantinople, "60016000556001600055", 412, 0, 1);
        data.Add(Fork.Constantinople, "600160005560006000556001600055", 40218, 19800, 0);
        data.Add(Fork.Constantinople, "600060005560016000556000600055", 10218, 19800, 1);

        // Petersburg removed EIP-1283: Frontier's G_sset/G_sreset and R_sclear per write.
        data.Add(Fork.Petersburg, "60006000556000600055", 10012, 0, 0);
        data.Add(Fork.Petersburg, "60016000556000600055", 25012, 15000, 0);
        data.Add(Fork.Frontier, "60016000556000600055", 25012, 15000, 0);

        // Berlin (EIP-2929): a cold slot adds 2100, a clean non-zero update costs 2900.
        data.Add(Fork.Berlin, "60006000556000600055", 2312, 0, 0);
        data.Add(Fork.Berlin, "60016000556000600055", 22212, 19900, 0);
        data.Add(Fork.Berlin, "60026000556001600055", 5112, 2800, 1);
        data.Add(Fork.Berlin, "60006000556000600055", 5112, 15000, 1);

        // London (EIP-3529): the clear refund drops to 4800.
        data.Add(Fork.London, "60006000556000600055", 5112, 4800, 1);
        data.Add(Fork.London, "60006000556001600055", 5112, 2800, 1);
        data.Add(Fork.London, "600060005560016000556000600055", 8018, 7600, 1);
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Sstore_PublishedVector_UsesGasAndRefunds(Fork fork, string code, long gasUsed, long refund, ulong original)
    {
        foreach (bool tracing in new[] { false, true })
        {
            var world = new TestWorld(fork).With(TestWorld.Contract, Convert.FromHexString(code), storage: [new(UInt256.Zero, new UInt256(original))]);

            var run = world.Call(tracing, gas: 100_000);

            Assert.Equal(EvmStatus.Stop, run.Status);
            Assert.Equal(gasUsed, run.GasUsed);
            Assert.Equal(refund, run.Refund);
        }
    }

    [Fact]
    public void Sstore_Istanbul_WithOnlyTheStipendLeft_RunsOutOfGas()
    {
        // PUSH1 1 PUSH1 0 SSTORE with 2306 gas: 2300 left at the SSTORE, which is not more than the stipend.
        var world = new TestWorld(Fork.Istanbul).With(TestWorld.Contract, Convert.FromHexString("6001600055"));

        Assert.Equal(EvmStatus.OutOfGas, world.Call(tracing: false, gas: 2306).Status);
        Assert.Equal(EvmStatus.OutOfGas, new TestWorld(Fork.Istanbul).With(TestWorld.Contract, Convert.FromHexString("6001600055")).Call(tracing: false, gas: 20005).Status);
        Assert.Equal(EvmStatus.Stop, new TestWorld(Fork.Istanbul).With(TestWorld.Contract, Convert.FromHexString("6001600055")).Call(tracing: false, gas: 20006).Status);
    }

    [Fact]
    public void Trace_ShowsTheRefundCounter()
    {
        var world = new TestWorld(Fork.London).With(TestWorld.Contract, Convert.FromHexString("60006000556000600055"), storage: [new(UInt256.Zero, UInt256.One)]);

        var run = world.Call(tracing: true);

        Assert.Contains("\"refund\":4800,\"opName\":\"PUSH1\"", run.Trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Sstore_InStaticCall_IsAViolation()
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Convert.FromHexString("6001600055"));

        Assert.Equal(EvmStatus.StaticModeViolation, world.Call(tracing: false, isStatic: true).Status);
        Assert.Equal(UInt256.Zero, world.Storage(TestWorld.Contract, 0));
    }

    [Theory]
    [InlineData(Fork.Frontier, false)]
    [InlineData(Fork.Constantinople, true)]
    [InlineData(Fork.Petersburg, false)]
    [InlineData(Fork.Istanbul, true)]
    [InlineData(Fork.Prague, true)]
    public void NetMetering_IsOnInExactlyTheRightForks(Fork fork, bool expected)
    {
        Assert.Equal(expected, SstoreGas.IsNetMetered(fork));
    }
}
