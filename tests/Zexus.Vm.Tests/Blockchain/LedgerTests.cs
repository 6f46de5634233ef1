using Zexus.Vm.Blockchain;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests.Blockchain;

public class LedgerTests
{
    private const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Five entries with timestamps 1000, 1010, …; entry 2 holds a nested list.</summary>
    private static Ledger FiveEntries()
    {
        var ledger = new Ledger();
        ledger.Append(M(("from", S("alice")), ("amount", I(5))), 1000);
        ledger.Append(S("second"), 1010);
        ledger.Append(L(I(1), L(S("x"), F(0.5))), 1020);
        ledger.Append(Value.Null, 1030);
        ledger.Append(I(42), 1040);
        return ledger;
    }

    private static Ledger Replace(Ledger ledger, int position, Func<LedgerEntry, LedgerEntry> change)
    {
        var entries = ledger.Entries.ToList();
        entries[position] = change(entries[position]);
        return Ledger.FromEntries(entries);
    }

    private static void AssertBad(Ledger ledger, int expectedPosition)
    {
        var (ok, firstBad, reason) = ledger.Verify();
        Assert.False(ok);
        Assert.Equal(expectedPosition, firstBad);
        Assert.False(string.IsNullOrEmpty(reason));
    }

    /// <summary>Cross-checked with an independent Python implementation of the encoding.</summary>
    [Fact]
    public void Append_KnownVector_HashesMatch()
    {
        var ledger = new Ledger();
        var first = ledger.Append(M(("from", S("alice")), ("amount", I(5))), 1_700_000_000);
        var second = ledger.Append(S("second"), 1_700_000_001);
        Assert.Equal("161050ed9991c7210cc01b66f16a232f07a1bbf2fdeafe8173271b8225d56e1d", first.Hash);
        Assert.Equal("f3985c662cba38853ba99cd96d4ed88b97921423a206801857634db9d34f4207", second.Hash);
        Assert.Equal(first.Hash, second.PreviousHash);
    }

    [Fact]
    public void Append_FieldsAndLinks()
    {
        var ledger = FiveEntries();
        Assert.Equal(5, ledger.Count);
        Assert.Equal(Genesis, ledger.Entries[0].PreviousHash);
        Assert.Equal(Genesis, Ledger.GenesisPreviousHash);
        for (var i = 0; i < 5; i++)
        {
            var entry = ledger.Entries[i];
            Assert.Equal(i, entry.Index);
            Assert.Equal(1000 + (10 * i), entry.Timestamp);
            Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
            if (i > 0)
            {
                Assert.Equal(ledger.Entries[i - 1].Hash, entry.PreviousHash);
            }
        }

        Assert.Equal(ledger.Entries[4].Hash, ledger.HeadHash);
    }

    [Fact]
    public void Hash_IsHashBlockOfIndexTimestampDataPrevious()
    {
        var ledger = FiveEntries();
        var e = ledger.Entries[2];
        var list = L(I(e.Index), I(e.Timestamp), e.Data, S(e.PreviousHash));
        Assert.Equal(BlockHashing.HashValue(list), e.Hash);
    }

    [Fact]
    public void Verify_Intact_Ok()
    {
        Assert.Equal(LedgerVerification.Valid, FiveEntries().Verify());
        Assert.True(new Ledger().Verify().Ok);
        Assert.Equal(Genesis, new Ledger().HeadHash);
    }

    [Fact]
    public void Append_DeepCopiesData()
    {
        var ledger = new Ledger();
        var data = L(I(1), M(("k", I(2))));
        var entry = ledger.Append(data, 5);
        data.AsList.Items.Add(I(3));
        data.AsList.Items[1].AsMap.Set("k", I(99));
        Assert.NotSame(data.AsObject, entry.Data.AsObject);
        Assert.Equal("[1, {k: 2}]", TextForm.Of(entry.Data));
        Assert.True(ledger.Verify().Ok);
    }

    [Fact]
    public void Append_CyclicData_ErrorAndLedgerUnchanged()
    {
        var ledger = FiveEntries();
        var head = ledger.HeadHash;
        var list = new ZList();
        list.Items.Add(Value.FromObject(list));
        var error = Assert.Throws<ZexusError>(() => ledger.Append(Value.FromObject(list), 2000));
        Assert.Equal("Cannot hash a cyclic value", error.Message);
        Assert.Equal(5, ledger.Count);
        Assert.Equal(head, ledger.HeadHash);
    }

    [Fact]
    public void ToValue_MapWithCopiedData()
    {
        var entry = FiveEntries().Entries[2];
        var map = entry.ToValue().AsMap;
        Assert.Equal(["index", "timestamp", "data", "previous_hash", "hash"], map.Entries.Keys);
        Assert.Equal(2, map.Get("index").SmallInt);
        Assert.NotSame(entry.Data.AsObject, map.Get("data").AsObject);
        Assert.Equal(TextForm.Of(entry.Data), TextForm.Of(map.Get("data")));
        Assert.Equal(entry.Hash, map.Get("hash").AsString);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void Verify_ChangedData_DetectedAtThatEntry(int position) =>
        AssertBad(Replace(FiveEntries(), position, e => e with { Data = S("forged") }), position);

    [Fact]
    public void Verify_DataMutatedInPlace_Detected()
    {
        var ledger = FiveEntries();
        ledger.Entries[2].Data.AsList.Items[1].AsList.Items[0] = S("y");
        AssertBad(ledger, 2);
    }

    [Fact]
    public void Verify_EqualLookingDataOfAnotherKind_Detected() =>
        AssertBad(Replace(FiveEntries(), 4, e => e with { Data = S("42") }), 4);

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Verify_ChangedTimestamp_Detected(int position) =>
        AssertBad(Replace(FiveEntries(), position, e => e with { Timestamp = e.Timestamp + 1 }), position);

    [Theory]
    [InlineData(1, 7)]
    [InlineData(4, 5)]
    public void Verify_ChangedIndex_Detected(int position, long newIndex) =>
        AssertBad(Replace(FiveEntries(), position, e => e with { Index = newIndex }), position);

    /// <summary>Changing index and recomputing the hash still breaks: position and index must agree.</summary>
    [Fact]
    public void Verify_ChangedIndexWithRecomputedHash_Detected() =>
        AssertBad(Replace(FiveEntries(), 1, e => e with
        {
            Index = 9,
            Hash = LedgerEntry.ComputeHash(9, e.Timestamp, e.Data, e.PreviousHash),
        }), 1);

    [Fact]
    public void Verify_ChangedHashInTheMiddle_Detected() =>
        AssertBad(Replace(FiveEntries(), 2, e => e with { Hash = new string('a', 64) }), 2);

    [Fact]
    public void Verify_ChangedLastHash_Detected() =>
        AssertBad(Replace(FiveEntries(), 4, e => e with { Hash = e.Hash.ToUpperInvariant() }), 4);

    /// <summary>A forger who rewrites an entry consistently (new data, recomputed hash) breaks the next link.</summary>
    [Fact]
    public void Verify_RewrittenEntryWithRecomputedHash_NextLinkBroken() =>
        AssertBad(Replace(FiveEntries(), 2, e => e with
        {
            Data = S("forged"),
            Hash = LedgerEntry.ComputeHash(e.Index, e.Timestamp, S("forged"), e.PreviousHash),
        }), 3);

    [Fact]
    public void Verify_ChangedPreviousHash_Detected()
    {
        AssertBad(Replace(FiveEntries(), 0, e => e with { PreviousHash = new string('1', 64) }), 0);
        AssertBad(Replace(FiveEntries(), 3, e => e with { PreviousHash = Genesis }), 3);
    }

    [Fact]
    public void Verify_Reordered_Detected()
    {
        var entries = FiveEntries().Entries.ToList();
        (entries[1], entries[2]) = (entries[2], entries[1]);
        AssertBad(Ledger.FromEntries(entries), 1);
    }

    [Fact]
    public void Verify_Reversed_Detected() =>
        AssertBad(Ledger.FromEntries(FiveEntries().Entries.Reverse()), 0);

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Verify_DeletedEntry_Detected(int position)
    {
        var entries = FiveEntries().Entries.ToList();
        entries.RemoveAt(position);
        AssertBad(Ledger.FromEntries(entries), position);
    }

    [Fact]
    public void Verify_InsertedOrDuplicatedEntry_Detected()
    {
        var entries = FiveEntries().Entries.ToList();
        entries.Insert(3, entries[2]);
        AssertBad(Ledger.FromEntries(entries), 3);
    }

    /// <summary>Documented limit: a hash chain cannot see its own tail cut off; compare <see cref="Ledger.HeadHash"/> with an anchor.</summary>
    [Fact]
    public void Verify_TruncatedTail_StillValidButHeadDiffers()
    {
        var ledger = FiveEntries();
        var truncated = Ledger.FromEntries(ledger.Entries.Take(3));
        Assert.True(truncated.Verify().Ok);
        Assert.NotEqual(ledger.HeadHash, truncated.HeadHash);
    }

    [Fact]
    public void Verify_CyclicDataInsertedByTamperer_BadNotThrow()
    {
        var list = new ZList();
        list.Items.Add(Value.FromObject(list));
        AssertBad(Replace(FiveEntries(), 1, e => e with { Data = Value.FromObject(list) }), 1);
    }

    [Fact]
    public void FromEntries_IntactEntries_AppendContinuesTheChain()
    {
        var ledger = Ledger.FromEntries(FiveEntries().Entries);
        var entry = ledger.Append(S("more"), 2000);
        Assert.Equal(5, entry.Index);
        Assert.True(ledger.Verify().Ok);
    }

    [Fact]
    public void FromEntries_NullEntry_Throws() =>
        Assert.Throws<ArgumentException>(() => Ledger.FromEntries([null!]));

    [Fact]
    public void Entries_IsReadOnlyView()
    {
        var ledger = FiveEntries();
        var entries = ledger.Entries;
        Assert.Throws<NotSupportedException>(() => ((IList<LedgerEntry>)entries).RemoveAt(0));
        Assert.Equal(5, ledger.Count);
    }
}
