using Xunit.Abstractions;
using Zexus.Chain.StateTests;
using Zexus.Primitives;
using Zexus.TestSupport;

namespace Zexus.Chain.Tests;

/// <summary>Every state-test file of the fixtures loads into the model, with indexes inside the transaction's arrays.</summary>
public class StateTestLoaderTests(ITestOutputHelper output)
{
    [FixtureFact]
    public void AllStateTestFiles_Load_WithConsistentIndexes()
    {
        var root = Fixtures.Unpacked("ethereum-state-tests.tar.gz");
        Assert.True(root is not null, Fixtures.Hint);
        var files = Directory.GetFiles(root, "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var tests = new List<StateTest>();
        foreach (var file in files)
        {
            foreach (var t in StateTestLoader.LoadFile(file))
            {
                foreach (var (fork, entries) in t.Post)
                {
                    Assert.True(ForkNames.TryParse(fork, out _), $"{t.Name}: unknown fork name '{fork}'");
                    foreach (var e in entries)
                    {
                        Assert.InRange(e.Indexes.Data, 0, t.Transaction.Data.Count - 1);
                        Assert.InRange(e.Indexes.Gas, 0, t.Transaction.GasLimit.Count - 1);
                        Assert.InRange(e.Indexes.Value, 0, t.Transaction.Value.Count - 1);
                    }
                }

                tests.Add(t);
            }
        }

        var perFork = StateTestLoader.CasesPerFork(tests);
        output.WriteLine($"{files.Length} files, {tests.Count} tests");
        foreach (var (fork, count) in perFork)
        {
            output.WriteLine($"{fork}: {count} cases");
        }

        Assert.True(perFork.GetValueOrDefault("Cancun") > 0 && perFork.GetValueOrDefault("Prague") > 0);
    }

    [Fact]
    public void LoadFile_MalformedTest_NamesFileAndTest()
    {
        var path = Path.Combine(Path.GetTempPath(), "zexus-statetest-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{"broken": {"env": {"currentCoinbase": "0x12"}}}""");
        var e = Assert.Throws<StateTestFormatException>(() => StateTestLoader.LoadFile(path));
        Assert.Contains("'broken'", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }
}
