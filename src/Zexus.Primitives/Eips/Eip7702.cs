namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-7702 (Prague): set EOA account code, transaction type 4 carrying an authorization list.
/// See https://eips.ethereum.org/EIPS/eip-7702.
/// </summary>
public static class Eip7702
{
    /// <summary>The EIP-2718 type of a set-code transaction.</summary>
    public const byte TransactionType = 0x04;

    /// <summary>The prefix of the message an authority signs: keccak(MAGIC ‖ rlp([chain_id, address, nonce])).</summary>
    public const byte AuthorizationMagic = 0x05;

    /// <summary>Intrinsic gas per authorization (PER_EMPTY_ACCOUNT_COST); part is refunded if the authority exists.</summary>
    public const ulong PerEmptyAccountCost = 25_000;

    /// <summary>The cost of processing an authorization for an existing account (PER_AUTH_BASE_COST).</summary>
    public const ulong PerAuthBaseCost = 12_500;

    /// <summary>The length of a delegation designator: the 3-byte marker and a 20-byte address.</summary>
    public const int DesignatorLength = 23;

    /// <summary>The delegation designator's marker bytes (0xef0100).</summary>
    public static ReadOnlySpan<byte> DelegationMarker => [0xEF, 0x01, 0x00];
}
