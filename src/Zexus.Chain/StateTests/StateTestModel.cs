using Zexus.Primitives;

namespace Zexus.Chain.StateTests;

/// <summary>An account of a state test's <c>pre</c> (or expected <c>post</c>) state.</summary>
public sealed record TestAccount(UInt256 Balance, ulong Nonce, byte[] Code, IReadOnlyDictionary<UInt256, UInt256> Storage);

/// <summary>The block environment of a state test (<c>env</c>); optional fields are null when absent.</summary>
public sealed record TestEnvironment(
    Address Coinbase,
    ulong GasLimit,
    ulong Number,
    ulong Timestamp,
    UInt256 Difficulty,
    Hash256? Random,
    UInt256? BaseFee,
    ulong? ExcessBlobGas);

/// <summary>One entry of an EIP-2930 access list.</summary>
public sealed record AccessListEntry(Address Address, IReadOnlyList<Hash256> StorageKeys);

/// <summary>One EIP-7702 authorization tuple as the fixtures write it.</summary>
public sealed record AuthorizationEntry(UInt256 ChainId, Address Address, ulong Nonce, UInt256 V, UInt256 R, UInt256 S, Address? Signer);

/// <summary>
/// A state test's <c>transaction</c>: the data, gas and value arrays that <see cref="PostEntry.Indexes"/>
/// pick from, the fee fields of whichever transaction type it is, and the sender's key. A gas limit or
/// value the fixture writes as <c>0x:bigint …</c> beyond 64 / 256 bits is null: such a transaction must be
/// rejected (its <c>txbytes</c> carry the real value).
/// </summary>
public sealed record TestTransaction(
    IReadOnlyList<byte[]> Data,
    IReadOnlyList<ulong?> GasLimit,
    IReadOnlyList<UInt256?> Value,
    ulong Nonce,
    Address? To,
    UInt256? GasPrice,
    UInt256? MaxFeePerGas,
    UInt256? MaxPriorityFeePerGas,
    UInt256? MaxFeePerBlobGas,
    IReadOnlyList<Hash256>? BlobVersionedHashes,
    IReadOnlyList<IReadOnlyList<AccessListEntry>?>? AccessLists,
    IReadOnlyList<AuthorizationEntry>? AuthorizationList,
    byte[]? SecretKey,
    Address? Sender);

/// <summary>Which elements of the transaction's data/gas/value arrays a post entry uses.</summary>
public readonly record struct TxIndexes(int Data, int Gas, int Value);

/// <summary>
/// One expected outcome for a fork: the post-state root, the Keccak of the RLP of the logs, the signed
/// transaction bytes, and — for an invalid transaction — the exception name (state unchanged).
/// </summary>
public sealed record PostEntry(Hash256 StateRoot, Hash256 LogsHash, byte[]? TxBytes, TxIndexes Indexes, string? ExpectException, IReadOnlyDictionary<Address, TestAccount>? State);

/// <summary>The blob schedule of a fork from the execution-spec-tests <c>config</c>.</summary>
public sealed record BlobSchedule(ulong Target, ulong Max, ulong BaseFeeUpdateFraction);

/// <summary>One named state test of a fixture file.</summary>
public sealed record StateTest(
    string File,
    string Name,
    TestEnvironment Environment,
    IReadOnlyDictionary<Address, TestAccount> Pre,
    TestTransaction Transaction,
    IReadOnlyDictionary<string, IReadOnlyList<PostEntry>> Post,
    UInt256? ChainId,
    IReadOnlyDictionary<string, BlobSchedule> BlobSchedules);
