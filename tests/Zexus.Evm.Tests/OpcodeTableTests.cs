using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>The traits table, the gas tables and the dispatch tables agree with each other.</summary>
public class OpcodeTableTests
{
    public static TheoryData<Fork> Forks() => new(Enum.GetValues<Fork>());

    [Theory]
    [MemberData(nameof(Forks))]
    public void EveryOpcode_DefinedInTraitsIffGasEntry(Fork fork)
    {
        ReadOnlySpan<int> gas = GasTable.For(fork);
        for (int op = 0; op < 256; op++)
        {
            bool defined = OpcodeTraits.IsDefined((byte)op, fork);
            Assert.True(defined == gas[op] >= 0, $"{OpcodeTraits.NameOf((byte)op)} in {fork}: traits say {defined}, gas {gas[op]}");
            Assert.Equal(defined, InstructionTable.For(fork).IsDefined((byte)op));
        }
    }

    [Theory]
    [MemberData(nameof(Forks))]
    public void EveryDefinedOpcode_WithoutHost_HasAHandler(Fork fork)
    {
        InstructionTable table = InstructionTable.For(fork);
        for (int op = 0; op < 256; op++)
        {
            if (OpcodeTraits.Get((byte)op) is { } info && fork >= info.Since)
            {
                Assert.True(info.NeedsHost != table.IsImplemented((byte)op), $"{info.Name} in {fork}");
            }
        }
    }

    [Fact]
    public void Traits_CoverEveryOpcodeThroughPrague()
    {
        Assert.Equal(149, Enumerable.Range(0, 256).Count(op => OpcodeTraits.IsDefined((byte)op, Fork.Prague)));
        foreach (Opcode op in Enum.GetValues<Opcode>())
        {
            Assert.Equal(op.ToString(), OpcodeTraits.NameOf((byte)op));
        }

        Assert.Equal(32, OpcodeTraits.Get((byte)Opcode.PUSH32)!.Value.ImmediateSize);
        Assert.Equal("UNDEFINED_0x0C", OpcodeTraits.NameOf(0x0C));
    }

    [Theory]
    [InlineData(Opcode.SLOAD, new[] { 50, 50, 200, 200, 200, 200, 200, 800, 100 })]
    [InlineData(Opcode.BALANCE, new[] { 20, 20, 400, 400, 400, 400, 400, 700, 100 })]
    [InlineData(Opcode.EXTCODEHASH, new[] { -1, -1, -1, -1, -1, 400, 400, 700, 100 })]
    [InlineData(Opcode.DELEGATECALL, new[] { -1, 40, 700, 700, 700, 700, 700, 700, 100 })]
    [InlineData(Opcode.SELFBALANCE, new[] { -1, -1, -1, -1, -1, -1, -1, 5, 5 })]
    public void GasTable_ForksFromFrontierToBerlin_ApplyEipDeltas(Opcode op, int[] expected)
    {
        Fork[] forks = [Fork.Frontier, Fork.Homestead, Fork.TangerineWhistle, Fork.SpuriousDragon, Fork.Byzantium, Fork.Constantinople, Fork.Petersburg, Fork.Istanbul, Fork.Berlin];
        Assert.Equal(expected, forks.Select(f => GasTable.Of(op, f)).ToArray());
    }

    [Theory]
    [InlineData(Opcode.TLOAD, Fork.Cancun, 100)]
    [InlineData(Opcode.TSTORE, Fork.Cancun, 100)]
    [InlineData(Opcode.MCOPY, Fork.Cancun, 3)]
    [InlineData(Opcode.BLOBHASH, Fork.Cancun, 3)]
    [InlineData(Opcode.BLOBBASEFEE, Fork.Cancun, 2)]
    [InlineData(Opcode.PUSH0, Fork.Shanghai, 2)]
    [InlineData(Opcode.BASEFEE, Fork.London, 2)]
    [InlineData(Opcode.LOG4, Fork.Frontier, 375 * 5)]
    public void GasTable_NewOpcode_CostsFromItsForkAndIsUndefinedBefore(Opcode op, Fork since, int cost)
    {
        Assert.Equal(cost, GasTable.Of(op, since));
        Assert.Equal(cost, GasTable.Of(op, Fork.Prague));
        if (since > Fork.Frontier)
        {
            Assert.Equal(-1, GasTable.Of(op, since - 1));
        }
    }
}
