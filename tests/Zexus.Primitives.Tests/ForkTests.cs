using Zexus.Primitives;

namespace Zexus.Primitives.Tests;

/// <summary><see cref="Fork"/> order, state-test names and mainnet activation.</summary>
public class ForkTests
{
    [Theory]
    [InlineData("Frontier", Fork.Frontier)]
    [InlineData("Homestead", Fork.Homestead)]
    [InlineData("EIP150", Fork.TangerineWhistle)]
    [InlineData("EIP158", Fork.SpuriousDragon)]
    [InlineData("Byzantium", Fork.Byzantium)]
    [InlineData("Constantinople", Fork.Constantinople)]
    [InlineData("ConstantinopleFix", Fork.Petersburg)]
    [InlineData("Istanbul", Fork.Istanbul)]
    [InlineData("Berlin", Fork.Berlin)]
    [InlineData("London", Fork.London)]
    [InlineData("Merge", Fork.Paris)]
    [InlineData("Paris", Fork.Paris)]
    [InlineData("Shanghai", Fork.Shanghai)]
    [InlineData("Cancun", Fork.Cancun)]
    [InlineData("Prague", Fork.Prague)]
    [InlineData("Osaka", Fork.Osaka)]
    public void ForkNames_StateTestName_Parses(string name, Fork expected)
    {
        Assert.True(ForkNames.TryParse(name, out Fork fork));
        Assert.Equal(expected, fork);
        Assert.Equal(expected, ForkNames.Parse(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cancun")]
    [InlineData("CANCUN")]
    [InlineData("TangerineWhistle")]
    [InlineData("Petersburg")]
    [InlineData("BerlinToLondonAt5")]
    [InlineData("Amsterdam")]
    public void ForkNames_UnknownName_IsRejected(string? name)
    {
        Assert.False(ForkNames.TryParse(name, out _));
    }

    [Fact]
    public void ForkNames_Parse_Unknown_Throws() =>
        Assert.Throws<FormatException>(() => ForkNames.Parse("Cancún"));

    [Fact]
    public void ForkNames_ToTestName_RoundTripsEveryFork()
    {
        foreach (Fork fork in Enum.GetValues<Fork>())
        {
            Assert.Equal(fork, ForkNames.Parse(ForkNames.ToTestName(fork)));
        }

        Assert.Equal("EIP150", ForkNames.ToTestName(Fork.TangerineWhistle));
        Assert.Equal("ConstantinopleFix", ForkNames.ToTestName(Fork.Petersburg));
    }

    [Fact]
    public void Fork_IsOrderedByActivation()
    {
        Fork[] expected =
        [
            Fork.Frontier, Fork.Homestead, Fork.TangerineWhistle, Fork.SpuriousDragon, Fork.Byzantium,
            Fork.Constantinople, Fork.Petersburg, Fork.Istanbul, Fork.Berlin, Fork.London, Fork.Paris,
            Fork.Shanghai, Fork.Cancun, Fork.Prague, Fork.Osaka,
        ];
        Assert.Equal(expected, Enum.GetValues<Fork>());
        Assert.True(Fork.Cancun >= Fork.Berlin);
        Assert.False(Fork.Istanbul >= Fork.Berlin);
    }

    [Fact]
    public void MainnetForks_ActivationPoints()
    {
        Assert.Equal(0UL, MainnetForks.ActivationBlock(Fork.Frontier));
        Assert.Equal(1_150_000UL, MainnetForks.ActivationBlock(Fork.Homestead));
        Assert.Equal(4_370_000UL, MainnetForks.ActivationBlock(Fork.Byzantium));
        Assert.Equal(12_965_000UL, MainnetForks.ActivationBlock(Fork.London));
        Assert.Equal(15_537_394UL, MainnetForks.ActivationBlock(Fork.Paris));
        Assert.Null(MainnetForks.ActivationBlock(Fork.Cancun));
        Assert.Equal(1_681_338_455UL, MainnetForks.ActivationTimestamp(Fork.Shanghai));
        Assert.Equal(1_710_338_135UL, MainnetForks.ActivationTimestamp(Fork.Cancun));
        Assert.Equal(1_746_612_311UL, MainnetForks.ActivationTimestamp(Fork.Prague));
        Assert.Null(MainnetForks.ActivationTimestamp(Fork.Osaka));
        Assert.Null(MainnetForks.ActivationTimestamp(Fork.London));
    }

    [Theory]
    [InlineData(0UL, 0UL, Fork.Frontier)]
    [InlineData(1_149_999UL, 0UL, Fork.Frontier)]
    [InlineData(1_150_000UL, 0UL, Fork.Homestead)]
    [InlineData(2_463_000UL, 0UL, Fork.TangerineWhistle)]
    [InlineData(2_675_000UL, 0UL, Fork.SpuriousDragon)]
    [InlineData(7_279_999UL, 0UL, Fork.Byzantium)]
    [InlineData(7_280_000UL, 0UL, Fork.Petersburg)]
    [InlineData(9_069_000UL, 0UL, Fork.Istanbul)]
    [InlineData(12_244_000UL, 0UL, Fork.Berlin)]
    [InlineData(15_537_393UL, 1_663_224_162UL, Fork.London)]
    [InlineData(15_537_394UL, 1_663_224_179UL, Fork.Paris)]
    [InlineData(17_034_869UL, 1_681_338_443UL, Fork.Paris)]
    [InlineData(17_034_870UL, 1_681_338_455UL, Fork.Shanghai)]
    [InlineData(19_426_587UL, 1_710_338_135UL, Fork.Cancun)]
    [InlineData(22_431_084UL, 1_746_612_311UL, Fork.Prague)]
    [InlineData(30_000_000UL, 2_000_000_000UL, Fork.Prague)]
    public void MainnetForks_At_BlockAndTime(ulong block, ulong timestamp, Fork expected) =>
        Assert.Equal(expected, MainnetForks.At(block, timestamp));
}
