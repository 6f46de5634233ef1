namespace Zexus.State.World;

/// <summary>
/// The kinds of change <see cref="WorldState"/> journals. Each names what it records and how
/// <see cref="WorldState.RevertToSnapshot"/> undoes it; entries are undone newest first.
/// </summary>
internal enum JournalEntryKind : byte
{
    /// <summary>An account came into existence. Revert: remove it.</summary>
    AccountCreated,

    /// <summary>An account object was replaced (CREATE over an existing address). Revert: put the previous object back.</summary>
    AccountReplaced,

    /// <summary>A balance changed. Revert: restore <see cref="JournalEntry.Value"/>.</summary>
    BalanceChanged,

    /// <summary>A nonce changed. Revert: restore <see cref="JournalEntry.Number"/>.</summary>
    NonceChanged,

    /// <summary>Code was set. Revert: restore the previous code object (<see cref="JournalEntry.Previous"/>).</summary>
    CodeChanged,

    /// <summary>A storage slot changed. Revert: restore <see cref="JournalEntry.Value"/> (zero deletes the slot).</summary>
    StorageChanged,

    /// <summary>A transient slot changed (EIP-1153). Revert: restore <see cref="JournalEntry.Value"/>.</summary>
    TransientStorageChanged,

    /// <summary>An account joined the accessed-addresses set (EIP-2929). Revert: remove it.</summary>
    AccountWarmed,

    /// <summary>A slot joined the accessed-storage-keys set (EIP-2929). Revert: remove it.</summary>
    StorageWarmed,

    /// <summary>The refund counter changed. Revert: restore <see cref="JournalEntry.Number"/>.</summary>
    RefundChanged,

    /// <summary>A log was appended. Revert: remove the last log.</summary>
    LogAdded,

    /// <summary>An account joined the touched set (EIP-161). Revert: remove it.</summary>
    Touched,

    /// <summary>An account was recorded as created in this transaction (EIP-6780). Revert: forget it.</summary>
    MarkedCreated,

    /// <summary>An account was recorded for deletion by SELFDESTRUCT. Revert: forget it.</summary>
    MarkedSelfDestructed,
}
