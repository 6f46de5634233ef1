using Zexus.TestSupport;

namespace Zexus.Evm.Tests.Transactions;

/// <summary>
/// The transaction layer over the <c>txbytes</c> of the state tests, one test case per file
/// (see <see cref="StateTestTransactionRunner"/>); this is where Cancun and Prague transactions
/// (types 3 and 4, the EIP-7623 floor) are checked against fixtures. Sender recovery dominates
/// the run time (about 34,000 entries); there is deliberately no second, summarising pass.
/// </summary>
public class StateTestTransactionTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in StateTestTransactionRunner.Files())
        {
            data.Add(file);
        }

        return data;
    }

    [FixtureTheory]
    [MemberData(nameof(Files))]
    public void StateTestTransactions_File_AgreeWithTheFixture(string file)
    {
        var failures = StateTestTransactionRunner.Run(file).Where(v => !v.Passed).Select(v => $"{v.Case}: {v.Detail}").ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
