using Zexus.Host;
using Zexus.Primitives;
using Zexus.State.Trie;

namespace Zexus.State.World;

/// <summary>
/// The in-memory world state with its journal (Yellow Paper σ and the substate A): accounts,
/// code, storage, and the per-transaction sets (warm accounts and slots, transient storage,
/// touched, created and self-destructed accounts, refunds, logs). Implements <see cref="IHost"/>
/// for the engines; <see cref="ComputeStateRoot"/> gives the Merkle-Patricia root of the accounts.
/// </summary>
/// <remarks>
/// <para>Every change appends one <see cref="JournalEntry"/> before it is made; a snapshot is the
/// journal length, and <see cref="RevertToSnapshot"/> undoes the tail newest first, so a failed
/// frame leaves the state — including warm sets, transient storage, refunds and logs — exactly as
/// at the snapshot (DESIGN.md invariants 4 and 5). <see cref="EndTransaction"/> applies the
/// deletions and drops the journal.</para>
/// <para>Every account that is changed is also marked touched, as a change makes an account
/// "touched" in EIP-161's sense: at the end of the transaction, touched accounts that are empty are
/// deleted (from Spurious Dragon on). A reverted change un-touches the account again.</para>
/// <para>Not thread-safe: one transaction at a time.</para>
/// </remarks>
public sealed class WorldState : IHost
{
    /// <summary>Keccak-256 of empty code (the code hash of every account without code).</summary>
    public static readonly Hash256 EmptyCodeHash = Hash256.Keccak([]);

    /// <summary>The root of an empty trie (the storage root of an account without storage).</summary>
    public static readonly Hash256 EmptyTrieRoot = new(MerklePatriciaTrie.EmptyRootHash);

    private readonly Dictionary<Address, Account> _accounts = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly Dictionary<(Address, UInt256), UInt256> _original = [];
    private readonly Dictionary<(Address, UInt256), UInt256> _transient = [];
    private readonly HashSet<Address> _warmAccounts = [];
    private readonly HashSet<(Address, UInt256)> _warmSlots = [];
    private readonly HashSet<Address> _touched = [];
    private readonly HashSet<Address> _created = [];
    private readonly HashSet<Address> _destructed = [];
    private readonly List<LogEntry> _logs = [];
    private long _refund;

    /// <inheritdoc/>
    public BlockContext Block { get; set; } = new();

    /// <summary>Where BLOCKHASH looks up block hashes; null answers zero for every block.</summary>
    public Func<ulong, Hash256>? BlockHashes { get; set; }

    /// <summary>The addresses of all existing accounts.</summary>
    public IEnumerable<Address> Addresses => _accounts.Keys;

    /// <inheritdoc/>
    public long Refund => _refund;

    /// <inheritdoc/>
    public IReadOnlyList<LogEntry> Logs => _logs;

    /// <summary>The number of journal entries (the snapshot <see cref="TakeSnapshot"/> would return).</summary>
    public int JournalLength => _journal.Count;

    /// <inheritdoc/>
    public Hash256 GetBlockHash(ulong number) => BlockHashes?.Invoke(number) ?? Hash256.Zero;

    /// <summary>
    /// Puts an account into the state as it is, without journaling (genesis and test pre-states).
    /// Zero storage values are ignored.
    /// </summary>
    public void Load(Address address, ulong nonce, in UInt256 balance, ReadOnlyMemory<byte> code, IEnumerable<KeyValuePair<UInt256, UInt256>> storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var account = new Account { Nonce = nonce, Balance = balance };
        account.SetCode(code, code.IsEmpty ? EmptyCodeHash : Hash256.Keccak(code.Span));
        foreach (var (key, value) in storage)
        {
            if (!value.IsZero)
            {
                account.Storage[key] = value;
            }
        }

        _accounts[address] = account;
    }

    /// <summary>The non-zero storage slots of the account (empty when absent).</summary>
    public IReadOnlyDictionary<UInt256, UInt256> GetAllStorage(Address address) =>
        _accounts.TryGetValue(address, out var account) ? account.Storage : new Dictionary<UInt256, UInt256>();

    /// <inheritdoc/>
    public bool Exists(Address address) => _accounts.ContainsKey(address);

    /// <inheritdoc/>
    public bool IsEmpty(Address address) => !_accounts.TryGetValue(address, out var account) || account.IsEmpty;

    /// <inheritdoc/>
    public UInt256 GetBalance(Address address) => _accounts.TryGetValue(address, out var account) ? account.Balance : default;

    /// <inheritdoc/>
    public ulong GetNonce(Address address) => _accounts.TryGetValue(address, out var account) ? account.Nonce : 0;

    /// <inheritdoc/>
    public ReadOnlyMemory<byte> GetCode(Address address) => _accounts.TryGetValue(address, out var account) ? account.Code : ReadOnlyMemory<byte>.Empty;

    /// <inheritdoc/>
    public Hash256 GetCodeHash(Address address) => _accounts.TryGetValue(address, out var account) ? account.CodeHash : Hash256.Zero;

    /// <inheritdoc/>
    public bool HasStorage(Address address) => _accounts.TryGetValue(address, out var account) && account.Storage.Count > 0;

    /// <inheritdoc/>
    public void CreateAccountIfAbsent(Address address)
    {
        GetOrCreate(address);
        Touch(address);
    }

    /// <inheritdoc/>
    public void CreateContractAccount(Address address)
    {
        var fresh = new Account();
        if (_accounts.TryGetValue(address, out var previous))
        {
            // The original values of the slots this clears stay what they were at the start of the
            // transaction, whatever happens to the new account's storage.
            foreach (var (key, value) in previous.Storage)
            {
                _original.TryAdd((address, key), value);
            }

            fresh.Balance = previous.Balance;
            _journal.Add(new JournalEntry(JournalEntryKind.AccountReplaced, address, Previous: previous));
        }
        else
        {
            _journal.Add(new JournalEntry(JournalEntryKind.AccountCreated, address));
        }

        _accounts[address] = fresh;
        if (_created.Add(address))
        {
            _journal.Add(new JournalEntry(JournalEntryKind.MarkedCreated, address));
        }

        Touch(address);
    }

    /// <inheritdoc/>
    public void AddBalance(Address address, in UInt256 amount)
    {
        var account = GetOrCreate(address);
        if (UInt256.AddOverflow(account.Balance, amount, out var sum))
        {
            throw new InvalidOperationException($"balance of {address} would exceed 2^256 - 1");
        }

        SetBalance(address, account, sum);
    }

    /// <inheritdoc/>
    public void SubtractBalance(Address address, in UInt256 amount)
    {
        var account = GetOrCreate(address);
        if (UInt256.SubUnderflow(account.Balance, amount, out var difference))
        {
            throw new InvalidOperationException($"balance of {address} is below {amount}");
        }

        SetBalance(address, account, difference);
    }

    /// <inheritdoc/>
    public void SetNonce(Address address, ulong nonce)
    {
        var account = GetOrCreate(address);
        _journal.Add(new JournalEntry(JournalEntryKind.NonceChanged, address, Number: account.Nonce));
        account.Nonce = nonce;
        Touch(address);
    }

    /// <inheritdoc/>
    public void SetCode(Address address, ReadOnlyMemory<byte> code)
    {
        var account = GetOrCreate(address);
        _journal.Add(new JournalEntry(JournalEntryKind.CodeChanged, address, Previous: new CodeRecord(account.Code, account.CodeHash)));
        account.SetCode(code, code.IsEmpty ? EmptyCodeHash : Hash256.Keccak(code.Span));
        Touch(address);
    }

    /// <inheritdoc/>
    public UInt256 GetStorage(Address address, in UInt256 key) =>
        _accounts.TryGetValue(address, out var account) && account.Storage.TryGetValue(key, out var value) ? value : default;

    /// <inheritdoc/>
    public UInt256 GetOriginalStorage(Address address, in UInt256 key) =>
        _original.TryGetValue((address, key), out var value) ? value : GetStorage(address, key);

    /// <inheritdoc/>
    public void SetStorage(Address address, in UInt256 key, in UInt256 value)
    {
        var account = GetOrCreate(address);
        account.Storage.TryGetValue(key, out var previous);
        _original.TryAdd((address, key), previous);
        _journal.Add(new JournalEntry(JournalEntryKind.StorageChanged, address, key, previous));
        WriteSlot(account, key, value);
        Touch(address);
    }

    /// <inheritdoc/>
    public UInt256 GetTransientStorage(Address address, in UInt256 key) =>
        _transient.TryGetValue((address, key), out var value) ? value : default;

    /// <inheritdoc/>
    public void SetTransientStorage(Address address, in UInt256 key, in UInt256 value)
    {
        _journal.Add(new JournalEntry(JournalEntryKind.TransientStorageChanged, address, key, GetTransientStorage(address, key)));
        WriteTransient(address, key, value);
    }

    /// <inheritdoc/>
    public bool WarmUpAccount(Address address)
    {
        if (!_warmAccounts.Add(address))
        {
            return false;
        }

        _journal.Add(new JournalEntry(JournalEntryKind.AccountWarmed, address));
        return true;
    }

    /// <inheritdoc/>
    public bool IsWarm(Address address) => _warmAccounts.Contains(address);

    /// <inheritdoc/>
    public bool WarmUpStorage(Address address, in UInt256 key)
    {
        if (!_warmSlots.Add((address, key)))
        {
            return false;
        }

        _journal.Add(new JournalEntry(JournalEntryKind.StorageWarmed, address, key));
        return true;
    }

    /// <inheritdoc/>
    public bool IsCreatedInTransaction(Address address) => _created.Contains(address);

    /// <inheritdoc/>
    public bool MarkSelfDestructed(Address address)
    {
        if (!_destructed.Add(address))
        {
            return false;
        }

        _journal.Add(new JournalEntry(JournalEntryKind.MarkedSelfDestructed, address));
        return true;
    }

    /// <inheritdoc/>
    public bool IsSelfDestructed(Address address) => _destructed.Contains(address);

    /// <inheritdoc/>
    public void Touch(Address address)
    {
        if (_touched.Add(address))
        {
            _journal.Add(new JournalEntry(JournalEntryKind.Touched, address));
        }
    }

    /// <inheritdoc/>
    public void AddRefund(long delta)
    {
        _journal.Add(new JournalEntry(JournalEntryKind.RefundChanged, default, Number: (ulong)_refund));
        _refund += delta;
    }

    /// <inheritdoc/>
    public void AddLog(LogEntry log)
    {
        ArgumentNullException.ThrowIfNull(log);
        _journal.Add(new JournalEntry(JournalEntryKind.LogAdded, log.Address));
        _logs.Add(log);
    }

    /// <inheritdoc/>
    public int TakeSnapshot() => _journal.Count;

    /// <inheritdoc/>
    public void RevertToSnapshot(int snapshot)
    {
        if ((uint)snapshot > (uint)_journal.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(snapshot), snapshot, $"the journal has {_journal.Count} entries");
        }

        for (int i = _journal.Count - 1; i >= snapshot; i--)
        {
            Undo(_journal[i]);
        }

        _journal.RemoveRange(snapshot, _journal.Count - snapshot);
    }

    /// <inheritdoc/>
    public void BeginTransaction() => ClearTransactionState();

    /// <inheritdoc/>
    public void EndTransaction(bool deleteTouchedEmpty)
    {
        foreach (var address in _destructed)
        {
            _accounts.Remove(address);
        }

        if (deleteTouchedEmpty)
        {
            foreach (var address in _touched)
            {
                if (_accounts.TryGetValue(address, out var account) && account.IsEmpty)
                {
                    _accounts.Remove(address);
                }
            }
        }

        ClearTransactionState();
    }

    /// <summary>
    /// The state root (Yellow Paper section 4.1, TRIE(L_S(σ))): the secure trie of RLP([nonce,
    /// balance, storage root, code hash]) per account. Storage roots are cached per account until its
    /// storage changes.
    /// </summary>
    public Hash256 ComputeStateRoot()
    {
        var trie = new SecureTrie();
        Span<byte> key = stackalloc byte[Address.Size];
        foreach (var (address, account) in _accounts)
        {
            address.WriteTo(key);
            trie.Put(key, EncodeAccount(account));
        }

        return new Hash256(trie.RootHash);
    }

    /// <summary>The storage root of <paramref name="address"/> (the empty-trie root when absent or without storage).</summary>
    public Hash256 ComputeStorageRoot(Address address) =>
        _accounts.TryGetValue(address, out var account) ? StorageRoot(account) : EmptyTrieRoot;

    private static byte[] EncodeAccount(Account account)
    {
        Span<byte> balance = stackalloc byte[32];
        account.Balance.WriteBigEndian(balance);
        Span<byte> storageRoot = stackalloc byte[Hash256.Size];
        StorageRoot(account).WriteTo(storageRoot);
        Span<byte> codeHash = stackalloc byte[Hash256.Size];
        account.CodeHash.WriteTo(codeHash);
        return Rlp.EncodeList(Rlp.EncodeULong(account.Nonce), Rlp.EncodeUInt(balance), Rlp.EncodeBytes(storageRoot), Rlp.EncodeBytes(codeHash));
    }

    private static Hash256 StorageRoot(Account account)
    {
        if (account.CachedStorageRoot is { } cached)
        {
            return cached;
        }

        var trie = new SecureTrie();
        Span<byte> key = stackalloc byte[32];
        Span<byte> value = stackalloc byte[32];
        foreach (var (slot, word) in account.Storage)
        {
            slot.WriteBigEndian(key);
            word.WriteBigEndian(value);
            trie.Put(key, Rlp.EncodeUInt(value));
        }

        var root = new Hash256(trie.RootHash);
        account.CachedStorageRoot = root;
        return root;
    }

    private static void WriteSlot(Account account, in UInt256 key, in UInt256 value)
    {
        if (value.IsZero)
        {
            account.Storage.Remove(key);
        }
        else
        {
            account.Storage[key] = value;
        }

        account.CachedStorageRoot = null;
    }

    private Account GetOrCreate(Address address)
    {
        if (!_accounts.TryGetValue(address, out var account))
        {
            account = new Account();
            _accounts[address] = account;
            _journal.Add(new JournalEntry(JournalEntryKind.AccountCreated, address));
        }

        return account;
    }

    private void SetBalance(Address address, Account account, in UInt256 balance)
    {
        _journal.Add(new JournalEntry(JournalEntryKind.BalanceChanged, address, Value: account.Balance));
        account.Balance = balance;
        Touch(address);
    }

    private void WriteTransient(Address address, in UInt256 key, in UInt256 value)
    {
        if (value.IsZero)
        {
            _transient.Remove((address, key));
        }
        else
        {
            _transient[(address, key)] = value;
        }
    }

    private void Undo(in JournalEntry entry)
    {
        var address = entry.Address;
        switch (entry.Kind)
        {
            case JournalEntryKind.AccountCreated:
                _accounts.Remove(address);
                break;
            case JournalEntryKind.AccountReplaced:
                _accounts[address] = (Account)entry.Previous!;
                break;
            case JournalEntryKind.BalanceChanged:
                _accounts[address].Balance = entry.Value;
                break;
            case JournalEntryKind.NonceChanged:
                _accounts[address].Nonce = entry.Number;
                break;
            case JournalEntryKind.CodeChanged:
                var code = (CodeRecord)entry.Previous!;
                _accounts[address].SetCode(code.Code, code.Hash);
                break;
            case JournalEntryKind.StorageChanged:
                WriteSlot(_accounts[address], entry.Key, entry.Value);
                break;
            case JournalEntryKind.TransientStorageChanged:
                WriteTransient(address, entry.Key, entry.Value);
                break;
            case JournalEntryKind.AccountWarmed:
                _warmAccounts.Remove(address);
                break;
            case JournalEntryKind.StorageWarmed:
                _warmSlots.Remove((address, entry.Key));
                break;
            case JournalEntryKind.RefundChanged:
                _refund = (long)entry.Number;
                break;
            case JournalEntryKind.LogAdded:
                _logs.RemoveAt(_logs.Count - 1);
                break;
            case JournalEntryKind.Touched:
                _touched.Remove(address);
                break;
            case JournalEntryKind.MarkedCreated:
                _created.Remove(address);
                break;
            case JournalEntryKind.MarkedSelfDestructed:
                _destructed.Remove(address);
                break;
            default:
                throw new InvalidOperationException($"unknown journal entry kind {entry.Kind}");
        }
    }

    private void ClearTransactionState()
    {
        _journal.Clear();
        _original.Clear();
        _transient.Clear();
        _warmAccounts.Clear();
        _warmSlots.Clear();
        _touched.Clear();
        _created.Clear();
        _destructed.Clear();
        _logs.Clear();
        _refund = 0;
    }

    private sealed record CodeRecord(ReadOnlyMemory<byte> Code, Hash256 Hash);
}
