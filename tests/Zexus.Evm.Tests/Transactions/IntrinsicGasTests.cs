using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Transactions;

public class IntrinsicGasTests
{
    private static readonly byte[] TwoZeroTwoNonZero = [0x00, 0x01, 0x00, 0x02];

    [Fact]
    public void Of_EmptyCall_Is21000InEveryFork()
    {
        foreach (var fork in Enum.GetValues<Fork>())
        {
            Assert.Equal(new IntrinsicGas(21_000, fork >= Fork.Prague ? 21_000UL : 0), IntrinsicGas.Of([], false, 0, 0, 0, fork));
        }
    }

    [Fact]
    public void Of_CreationInFrontier_HasNoCreateCost() => Assert.Equal(21_000UL, IntrinsicGas.Of([], true, 0, 0, 0, Fork.Frontier).Standard);

    [Fact]
    public void Of_CreationFromHomestead_Costs53000() => Assert.Equal(53_000UL, IntrinsicGas.Of([], true, 0, 0, 0, Fork.Homestead).Standard);

    [Theory]
    [InlineData(Fork.Petersburg, 21_000 + (2 * 4) + (2 * 68))]
    [InlineData(Fork.Istanbul, 21_000 + (2 * 4) + (2 * 16))]
    public void Of_Data_ChargesZeroAndNonZeroBytes(Fork fork, long expected) =>
        Assert.Equal((ulong)expected, IntrinsicGas.Of(TwoZeroTwoNonZero, false, 0, 0, 0, fork).Standard);

    [Fact]
    public void Of_InitCodeFromShanghai_ChargesTwoPerWord()
    {
        var initCode = new byte[33];

        Assert.Equal(53_000UL + (33 * 4), IntrinsicGas.Of(initCode, true, 0, 0, 0, Fork.Paris).Standard);
        Assert.Equal(53_000UL + (33 * 4) + (2 * 2), IntrinsicGas.Of(initCode, true, 0, 0, 0, Fork.Shanghai).Standard);
    }

    [Fact]
    public void Of_AccessList_Charges2400PerAddressAnd1900PerKey() =>
        Assert.Equal(21_000UL + (2 * 2_400) + (3 * 1_900), IntrinsicGas.Of([], false, 2, 3, 0, Fork.Berlin).Standard);

    [Fact]
    public void Of_Authorizations_Charge25000Each() =>
        Assert.Equal(21_000UL + (2 * 25_000), IntrinsicGas.Of([], false, 0, 0, 2, Fork.Prague).Standard);

    [Fact]
    public void Of_CalldataInPrague_HasTheEip7623Floor()
    {
        var data = Enumerable.Repeat((byte)0xff, 100).Concat(new byte[10]).ToArray();

        var gas = IntrinsicGas.Of(data, false, 0, 0, 0, Fork.Prague);

        // Standard: 100 · 16 + 10 · 4; floor: tokens = 100 · 4 + 10, at 10 gas each.
        Assert.Equal(21_000UL + 1_600 + 40, gas.Standard);
        Assert.Equal(21_000UL + (410 * 10), gas.Floor);
        Assert.Equal(gas.Floor, gas.Minimum);
    }

    [Fact]
    public void Of_Transaction_CountsItsAccessListAndAuthorizations()
    {
        var tx = TestTransactions.Signed(TransactionType.SetCode);

        var gas = IntrinsicGas.Of(tx, Fork.Prague);

        // Data 00 ff 00 ee; two addresses, two keys; two authorizations.
        Assert.Equal(21_000UL + 8 + 32 + (2 * 2_400) + (2 * 1_900) + (2 * 25_000), gas.Standard);
    }
}
