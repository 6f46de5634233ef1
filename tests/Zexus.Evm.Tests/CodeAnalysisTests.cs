using Zexus.Evm.Analysis;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>The JUMPDEST bitmap, the padding, and the cache.</summary>
public class CodeAnalysisTests
{
    [Fact]
    public void Analyze_JumpDestInPushData_IsNotAJumpDestination()
    {
        // 0: PUSH2 5B 5B, 3: JUMPDEST, 4: PUSH32 (…5B…), 37: JUMPDEST
        byte[] code = Code.Start().PushBytes(0x5B, 0x5B).Op(Opcode.JUMPDEST).PushBytes(Enumerable.Repeat((byte)0x5B, 32).ToArray()).Op(Opcode.JUMPDEST);
        CodeAnalysis analysis = CodeAnalysis.Analyze(code);

        int[] valid = Enumerable.Range(0, code.Length + 40).Where(i => analysis.IsValidJumpDestination((ulong)i)).ToArray();
        Assert.Equal([3, 37], valid);
        Assert.False(analysis.IsValidJumpDestination(ulong.MaxValue));
    }

    [Fact]
    public void Analyze_PadsWithZeros()
    {
        CodeAnalysis analysis = CodeAnalysis.Analyze([0x7F]);

        Assert.Equal(1, analysis.CodeLength);
        Assert.Equal(1 + CodeAnalysis.PaddingSize, analysis.PaddedCode.Length);
        Assert.All(analysis.PaddedCode.Skip(1), b => Assert.Equal(0, b));
    }

    [Fact]
    public void Cache_SameCode_ReturnsSameAnalysis()
    {
        var cache = new CodeAnalysisCache(capacity: 2);
        byte[] code = [0x60, 0x01];

        CodeAnalysis first = cache.GetOrAnalyze(code);
        Assert.Same(first, cache.GetOrAnalyze(Hash256.Keccak(code), code));
        cache.GetOrAnalyze([0x00]);
        cache.GetOrAnalyze([0x01]);
        Assert.True(cache.Count <= 2);
    }
}
