using Zexus.Primitives;

namespace Zexus.Host;

/// <summary>
/// The world state as an engine sees it (Yellow Paper section 4.1, σ, plus the transaction
/// substate A of section 6.1): accounts, code, storage, transient storage, the warm sets, the
/// refund counter, logs, self-destructs and touched accounts. Every change is journaled, so
/// <see cref="RevertToSnapshot"/> restores exactly the state of <see cref="TakeSnapshot"/> —
/// including warm sets, transient storage, refunds and logs.
/// </summary>
/// <remarks>
/// <para>An engine never writes storage past this interface (DESIGN.md invariant 5). The
/// transaction rules (Zexus.Evm) call <see cref="BeginTransaction"/> and
/// <see cref="EndTransaction"/> around each transaction; between them every change can be rolled
/// back to any snapshot.</para>
/// <para>An absent account reads as nonce 0, balance 0, no code, empty storage. Reading never
/// creates an account.</para>
/// </remarks>
public interface IWorldState
{
    /// <summary>Whether <paramref name="address"/> exists in the state (it may be empty).</summary>
    bool Exists(Address address);

    /// <summary>EIP-161 emptiness: absent, or nonce 0, balance 0 and no code.</summary>
    bool IsEmpty(Address address);

    /// <summary>The balance in wei (0 when absent).</summary>
    UInt256 GetBalance(Address address);

    /// <summary>The nonce (0 when absent).</summary>
    ulong GetNonce(Address address);

    /// <summary>The code (empty when absent or codeless).</summary>
    ReadOnlyMemory<byte> GetCode(Address address);

    /// <summary>
    /// Keccak-256 of the code: the empty-code hash for an existing codeless account,
    /// <see cref="Hash256.Zero"/> for an absent one (EXTCODEHASH, EIP-1052).
    /// </summary>
    Hash256 GetCodeHash(Address address);

    /// <summary>Whether the account has at least one non-zero storage slot (create collision, EIP-7610).</summary>
    bool HasStorage(Address address);

    /// <summary>Creates the account if absent (an empty account: nonce 0, balance 0, no code).</summary>
    void CreateAccountIfAbsent(Address address);

    /// <summary>
    /// Makes <paramref name="address"/> a fresh contract account for CREATE/CREATE2: any existing
    /// balance is kept, nonce, code and storage start empty, and the account is recorded as created in
    /// this transaction (EIP-6780).
    /// </summary>
    void CreateContractAccount(Address address);

    /// <summary>Adds <paramref name="amount"/> to the balance, creating the account if absent.</summary>
    void AddBalance(Address address, in UInt256 amount);

    /// <summary>Subtracts <paramref name="amount"/>; the caller has checked that the balance suffices.</summary>
    void SubtractBalance(Address address, in UInt256 amount);

    /// <summary>Sets the nonce, creating the account if absent.</summary>
    void SetNonce(Address address, ulong nonce);

    /// <summary>Sets the code, creating the account if absent.</summary>
    void SetCode(Address address, ReadOnlyMemory<byte> code);

    /// <summary>The current value of a storage slot.</summary>
    UInt256 GetStorage(Address address, in UInt256 key);

    /// <summary>The value of a storage slot at the start of the transaction (EIP-2200's original value).</summary>
    UInt256 GetOriginalStorage(Address address, in UInt256 key);

    /// <summary>Writes a storage slot (zero deletes it).</summary>
    void SetStorage(Address address, in UInt256 key, in UInt256 value);

    /// <summary>A transient storage slot (EIP-1153); cleared at the end of every transaction.</summary>
    UInt256 GetTransientStorage(Address address, in UInt256 key);

    /// <summary>Writes a transient storage slot (EIP-1153).</summary>
    void SetTransientStorage(Address address, in UInt256 key, in UInt256 value);

    /// <summary>Adds the account to the accessed-addresses set (EIP-2929); true if it was cold before.</summary>
    bool WarmUpAccount(Address address);

    /// <summary>Whether the account is in the accessed-addresses set (EIP-2929).</summary>
    bool IsWarm(Address address);

    /// <summary>Adds the slot to the accessed-storage-keys set (EIP-2929); true if it was cold before.</summary>
    bool WarmUpStorage(Address address, in UInt256 key);

    /// <summary>Whether the account was created in the current transaction (EIP-6780).</summary>
    bool IsCreatedInTransaction(Address address);

    /// <summary>
    /// Records the account for deletion at the end of the transaction (SELFDESTRUCT; from Cancun only
    /// for accounts created in the same transaction, EIP-6780 — the engine decides). True if it was not
    /// recorded before.
    /// </summary>
    bool MarkSelfDestructed(Address address);

    /// <summary>Whether the account is recorded for deletion.</summary>
    bool IsSelfDestructed(Address address);

    /// <summary>Marks the account touched (EIP-161): if it is empty at the end of the transaction, it is deleted.</summary>
    void Touch(Address address);

    /// <summary>The refund counter (A_r; EIP-2200, EIP-3529).</summary>
    long Refund { get; }

    /// <summary>Adds <paramref name="delta"/> (which may be negative) to the refund counter.</summary>
    void AddRefund(long delta);

    /// <summary>Appends a log record (A_l).</summary>
    void AddLog(LogEntry log);

    /// <summary>The logs of the current transaction, in order.</summary>
    IReadOnlyList<LogEntry> Logs { get; }

    /// <summary>A checkpoint: the current position of the journal.</summary>
    int TakeSnapshot();

    /// <summary>Undoes every change made after <paramref name="snapshot"/>, newest first.</summary>
    void RevertToSnapshot(int snapshot);

    /// <summary>Starts a transaction: clears the warm sets, transient storage, refunds, logs and the created/destructed/touched sets, and records original storage values from now on.</summary>
    void BeginTransaction();

    /// <summary>
    /// Ends the transaction: deletes the self-destructed accounts and, when
    /// <paramref name="deleteTouchedEmpty"/> (EIP-161, Spurious Dragon on), the touched accounts that
    /// are empty; the journal is cleared (the changes can no longer be reverted).
    /// </summary>
    void EndTransaction(bool deleteTouchedEmpty);
}
