using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// One entry of an EIP-2930 access list: an address and the storage keys of it that the
/// transaction declares it will touch (warmed before execution, EIP-2929).
/// </summary>
/// <param name="Address">The account.</param>
/// <param name="StorageKeys">Its storage slots, in encoding order; duplicates are allowed and charged.</param>
public sealed record AccessListItem(Address Address, IReadOnlyList<Hash256> StorageKeys);
