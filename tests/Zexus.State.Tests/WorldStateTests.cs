using Zexus.Host;
using Zexus.Primitives;
using Zexus.State.World;

namespace Zexus.State.Tests;

public sealed class WorldStateTests
{
    private static readonly Address A = Address.Parse("0x1000000000000000000000000000000000000001");
    private static readonly Address B = Address.Parse("0x2000000000000000000000000000000000000002");
    private static readonly Address C = Address.Parse("0x3000000000000000000000000000000000000003");

    private static WorldState Sample()
    {
        var state = new WorldState();
        state.Load(A, 1, new UInt256(1_000_000), new byte[] { 0x60, 0x00 }, new Dictionary<UInt256, UInt256> { [1] = 5, [2] = 0 });
        state.Load(B, 0, new UInt256(7), ReadOnlyMemory<byte>.Empty, new Dictionary<UInt256, UInt256>());
        return state;
    }

    [Fact]
    public void EmptyStateHasTheEmptyTrieRoot() =>
        Assert.Equal(Hash256.Parse("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"), new WorldState().ComputeStateRoot());

    [Fact]
    public void EmptyCodeHashIsKeccakOfNothing() =>
        Assert.Equal(Hash256.Parse("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"), WorldState.EmptyCodeHash);

    [Fact]
    public void SingleAccountRootMatchesAHandComputedTrie()
    {
        // One account: the trie is a single leaf keyed by Keccak(address) holding RLP([nonce, balance, root, codeHash]).
        var state = new WorldState();
        state.Load(A, 0, new UInt256(1), ReadOnlyMemory<byte>.Empty, []);
        var trie = new Trie.SecureTrie();
        var account = Rlp.EncodeList(Rlp.EncodeULong(0), Rlp.EncodeULong(1), Rlp.EncodeBytes(WorldState.EmptyTrieRoot.ToArray()), Rlp.EncodeBytes(WorldState.EmptyCodeHash.ToArray()));
        trie.Put(A.ToArray(), account);
        Assert.Equal(new Hash256(trie.RootHash), state.ComputeStateRoot());
    }

    [Fact]
    public void ZeroStorageValuesAreNotStored()
    {
        var state = Sample();
        Assert.Single(state.GetAllStorage(A));
        Assert.True(state.HasStorage(A));
        Assert.False(state.HasStorage(B));
    }

    [Fact]
    public void RevertRestoresEveryPartOfTheState()
    {
        var state = Sample();
        state.BeginTransaction();
        state.WarmUpAccount(A);
        var rootBefore = state.ComputeStateRoot();
        int snapshot = state.TakeSnapshot();

        state.AddBalance(C, new UInt256(3));
        state.SubtractBalance(A, new UInt256(10));
        state.SetNonce(A, 9);
        state.SetCode(B, new byte[] { 0x00 });
        state.SetStorage(A, 1, 0);
        state.SetStorage(A, 7, 8);
        state.SetTransientStorage(A, 1, 2);
        Assert.True(state.WarmUpAccount(B));
        Assert.True(state.WarmUpStorage(A, 1));
        state.AddRefund(4800);
        state.AddLog(new LogEntry(A, [Hash256.Zero], new byte[] { 1 }));
        state.CreateContractAccount(Address.Parse("0x4000000000000000000000000000000000000004"));
        state.MarkSelfDestructed(A);
        Assert.NotEqual(rootBefore, state.ComputeStateRoot());

        state.RevertToSnapshot(snapshot);

        Assert.Equal(rootBefore, state.ComputeStateRoot());
        Assert.False(state.Exists(C));
        Assert.Equal(UInt256.Zero, state.GetTransientStorage(A, 1));
        Assert.True(state.IsWarm(A));
        Assert.False(state.IsWarm(B));
        Assert.True(state.WarmUpStorage(A, 1));
        Assert.Equal(0, state.Refund);
        Assert.Empty(state.Logs);
        Assert.False(state.IsSelfDestructed(A));
        Assert.False(state.IsCreatedInTransaction(Address.Parse("0x4000000000000000000000000000000000000004")));
        Assert.Equal(new UInt256(5), state.GetStorage(A, 1));
    }

    [Fact]
    public void NestedSnapshotsRevertIndependently()
    {
        var state = Sample();
        state.BeginTransaction();
        int outer = state.TakeSnapshot();
        state.SetStorage(A, 1, 10);
        int inner = state.TakeSnapshot();
        state.SetStorage(A, 1, 20);
        state.RevertToSnapshot(inner);
        Assert.Equal(new UInt256(10), state.GetStorage(A, 1));
        state.RevertToSnapshot(outer);
        Assert.Equal(new UInt256(5), state.GetStorage(A, 1));
    }

    [Fact]
    public void OriginalStorageIsTheValueAtTransactionStart()
    {
        var state = Sample();
        state.BeginTransaction();
        state.SetStorage(A, 1, 6);
        state.SetStorage(A, 1, 7);
        Assert.Equal(new UInt256(5), state.GetOriginalStorage(A, 1));
        Assert.Equal(new UInt256(7), state.GetStorage(A, 1));
        state.EndTransaction(deleteTouchedEmpty: true);
        state.BeginTransaction();
        Assert.Equal(new UInt256(7), state.GetOriginalStorage(A, 1));
    }

    [Fact]
    public void CreatingOverAnAccountKeepsOnlyItsBalance()
    {
        var state = Sample();
        state.BeginTransaction();
        state.CreateContractAccount(A);
        Assert.Equal(new UInt256(1_000_000), state.GetBalance(A));
        Assert.Equal(0UL, state.GetNonce(A));
        Assert.True(state.GetCode(A).IsEmpty);
        Assert.False(state.HasStorage(A));
        Assert.True(state.IsCreatedInTransaction(A));
        Assert.Equal(new UInt256(5), state.GetOriginalStorage(A, 1));
    }

    [Fact]
    public void EndTransactionDeletesTouchedEmptyAndSelfDestructedAccounts()
    {
        var state = Sample();
        state.Load(C, 0, UInt256.Zero, ReadOnlyMemory<byte>.Empty, []);
        var untouchedEmpty = Address.Parse("0x5000000000000000000000000000000000000005");
        state.Load(untouchedEmpty, 0, UInt256.Zero, ReadOnlyMemory<byte>.Empty, []);
        state.BeginTransaction();
        state.AddBalance(C, UInt256.Zero);
        state.MarkSelfDestructed(A);
        state.EndTransaction(deleteTouchedEmpty: true);
        Assert.False(state.Exists(C));
        Assert.False(state.Exists(A));
        Assert.True(state.Exists(untouchedEmpty));
        Assert.True(state.Exists(B));
    }

    [Fact]
    public void BeforeSpuriousDragonTouchedEmptyAccountsStay()
    {
        var state = new WorldState();
        state.BeginTransaction();
        state.AddBalance(C, UInt256.Zero);
        state.EndTransaction(deleteTouchedEmpty: false);
        Assert.True(state.Exists(C));
        Assert.True(state.IsEmpty(C));
    }

    [Fact]
    public void ARevertedTouchNoLongerDeletes()
    {
        var state = new WorldState();
        state.Load(C, 0, UInt256.Zero, ReadOnlyMemory<byte>.Empty, []);
        state.BeginTransaction();
        int snapshot = state.TakeSnapshot();
        state.Touch(C);
        state.RevertToSnapshot(snapshot);
        state.EndTransaction(deleteTouchedEmpty: true);
        Assert.True(state.Exists(C));
    }

    [Fact]
    public void AbsentAccountsReadAsEmptyAndAreNotCreatedByReading()
    {
        var state = new WorldState();
        Assert.True(state.IsEmpty(C));
        Assert.Equal(Hash256.Zero, state.GetCodeHash(C));
        Assert.Equal(UInt256.Zero, state.GetStorage(C, 1));
        Assert.False(state.Exists(C));
        state.CreateAccountIfAbsent(C);
        Assert.Equal(WorldState.EmptyCodeHash, state.GetCodeHash(C));
    }

    [Fact]
    public void OverdraftIsRejected()
    {
        var state = Sample();
        Assert.Throws<InvalidOperationException>(() => state.SubtractBalance(B, new UInt256(8)));
        Assert.Equal(new UInt256(7), state.GetBalance(B));
    }
}
