using Zexus.Primitives;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>EIP-2537 precompiles against vectors computed by an independent implementation (@noble/curves).</summary>
public class BlsPrecompileVectorTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var v in BlsPrecompiles.Vectors.Where(v => v.Output is not null))
        {
            data.Add(v.Precompile, v.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_OracleVector_ProducesExpectedOutput(string precompile, string name)
    {
        var vector = BlsPrecompiles.Vectors.Single(v => v.Precompile == precompile && v.Name == name);
        var result = BlsPrecompiles.ByName[precompile].Run(Convert.FromHexString(vector.Input), Fork.Prague);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(vector.Output, Convert.ToHexStringLower(result.Output.Span));
    }
}
