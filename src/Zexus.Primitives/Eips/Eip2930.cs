namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2930 (Berlin): optional access lists, transaction type 1.
/// See https://eips.ethereum.org/EIPS/eip-2930.
/// </summary>
public static class Eip2930
{
    /// <summary>The EIP-2718 type of an access-list transaction.</summary>
    public const byte TransactionType = 0x01;

    /// <summary>Intrinsic gas per address of the access list.</summary>
    public const ulong AccessListAddressCost = 2_400;

    /// <summary>Intrinsic gas per storage key of the access list.</summary>
    public const ulong AccessListStorageKeyCost = 1_900;
}
