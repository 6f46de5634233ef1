using Xunit.Abstractions;
using Zexus.Chain.StateTests;
using Zexus.TestSupport;

namespace Zexus.Evm.Tests.Conformance;

/// <summary>
/// Ethereum state tests of the folders that exercise the host opcodes, calls, creates and the
/// transaction rules, in Cancun and Prague: every case passes, or is not supported because it calls
/// a precompile whose class does not exist yet. The whole suite runs with <c>zexus statetest</c>.
/// </summary>
public class StateTestConformanceTests(ITestOutputHelper output)
{
    // Folders relative to the unpacked archive, one theory case each.
    public static TheoryData<string, string> Folders() => new()
    {
        { "ethereum-tests/GeneralStateTests/stCallCodes", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stCallCreateCallCodeTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stCallDelegateCodesCallCodeHomestead", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stCreate2", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stCreateTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stDelegatecallTestHomestead", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stEIP150Specific", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stEIP158Specific", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stEIP2930", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stEIP3607", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stExtCodeHash", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stInitCodeTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stLogTests", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stRefundTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stReturnDataTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stRevertTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stSelfBalance", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stSLoadTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stSStoreTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stSystemOperationsTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stZeroCallsRevert", "Cancun" },
        { "ethereum-tests/GeneralStateTests/stZeroCallsTest", "Cancun" },
        { "ethereum-tests/GeneralStateTests/Cancun", "Cancun" },
        { "eest-v5.4.0-stable/state_tests/cancun/eip6780_selfdestruct", "Cancun" },
        { "eest-v5.4.0-stable/state_tests/cancun/eip1153_tstore", "Cancun" },
        { "eest-v5.4.0-stable/state_tests/prague/eip7702_set_code_tx", "Prague" },
        { "eest-v5.4.0-stable/state_tests/prague/eip7623_increase_calldata_cost", "Prague" },
    };

    [FixtureTheory]
    [MemberData(nameof(Folders))]
    public void Folder_EveryCasePassesOrNeedsAMissingPrecompile(string folder, string fork)
    {
        string? root = Fixtures.Unpacked("ethereum-state-tests.tar.gz");
        Assert.True(root is not null, Fixtures.Hint);
        string[] files = Directory.GetFiles(Path.Combine(root, folder), "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        List<StateTestCaseResult> results = LargeStack.Run(() => files
            .SelectMany(StateTestLoader.LoadFile)
            .SelectMany(test => StateTestRunner.Run(test, name => name == fork))
            .ToList());

        var failed = results.Where(r => r.Outcome == CaseOutcome.Failed).Select(r => $"{r.Name}: {r.Detail}").ToList();
        var unexplained = results.Where(r => r.Outcome == CaseOutcome.NotSupported && r.Detail?.StartsWith("precompile 0x", StringComparison.Ordinal) != true).Select(r => $"{r.Name}: {r.Detail}").ToList();
        int passed = results.Count(r => r.Outcome == CaseOutcome.Passed);
        output.WriteLine($"{folder} ({fork}): {passed} passed, {failed.Count} failed, {results.Count - passed - failed.Count} need a missing precompile");
        Assert.True(failed.Count == 0, string.Join('\n', failed.Take(20)));
        Assert.True(unexplained.Count == 0, string.Join('\n', unexplained.Take(20)));
        Assert.True(passed > 0, $"no case of {folder} ran in {fork}");
    }
}
