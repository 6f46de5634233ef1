using Zexus.Chain.Benchmarks;
using Zexus.Evm.Execution;
using Zexus.TestSupport;

namespace Zexus.Chain.Tests;

/// <summary>The evm-benchmarks suite loads from its archive and every benchmark runs to completion or names the host opcode it needs.</summary>
public class EvmBenchmarkSuiteTests
{
    [FixtureFact]
    public void Suite_EveryBenchmark_CompletesOrNamesTheHostOpcodeItNeeds()
    {
        Assert.True(Fixtures.SourceDirectory is not null, Fixtures.Hint);
        var benchmarks = EvmBenchmarkSuite.Load(Path.Combine(Fixtures.SourceDirectory, "evm-benchmarks.tar.gz"));
        Assert.True(benchmarks.Count >= 14, $"only {benchmarks.Count} benchmarks loaded");
        foreach (var b in benchmarks)
        {
            var r = EvmBenchmarkSuite.RunOnce(b);
            if (r.Succeeded)
            {
                Assert.InRange(r.GasUsed, 1, b.Gas);
            }
            else
            {
                Assert.True(r.Status == EvmStatus.NotImplemented, $"{b.Name}: {r.Status} {r.Detail}");
                Assert.Contains("needs the host", r.Detail, StringComparison.Ordinal);
            }
        }

        // The micro benchmarks use no host opcode at all.
        foreach (var name in new[] { "memory_grow_mload", "memory_grow_mstore", "signextend", "jump_around", "JUMPDEST_n0", "loop_with_many_jumpdests" })
        {
            Assert.All(benchmarks.Where(b => b.Name.StartsWith(name, StringComparison.Ordinal)), b => Assert.True(EvmBenchmarkSuite.RunOnce(b).Succeeded, b.Name));
        }
    }
}
