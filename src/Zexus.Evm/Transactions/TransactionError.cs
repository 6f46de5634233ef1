namespace Zexus.Evm.Transactions;

/// <summary>
/// Why a transaction was rejected: it does not decode, it is invalid in the fork (type not enabled,
/// bad signature, chain id, limits, intrinsic gas), or — found by <see cref="TransactionProcessor"/>
/// against the state and block — the sender cannot send it (nonce, funds, fees, code, block gas).
/// <see cref="TransactionErrorNames"/> gives the matching <c>TransactionException.*</c> names of
/// the Ethereum test fixtures.
/// </summary>
public enum TransactionError
{
    /// <summary>Not canonical RLP: truncated item, non-minimal length prefix, trailing bytes.</summary>
    MalformedRlp,

    /// <summary>The input is an RLP byte string, neither a legacy list nor a typed envelope (EIP-2718).</summary>
    InvalidEnvelope,

    /// <summary>The EIP-2718 type is unknown, or not yet enabled in the fork.</summary>
    TypeNotSupported,

    /// <summary>A known transaction type used before the fork that enables it (EIP-2718 types 1-4).</summary>
    TypeBeforeFork,

    /// <summary>The transaction list has fewer fields than its type defines.</summary>
    TooFewElements,

    /// <summary>The transaction list has more fields than its type defines.</summary>
    TooManyElements,

    /// <summary>A field that must be a byte string is a list, or the reverse.</summary>
    UnexpectedItemKind,

    /// <summary>An integer field has a leading zero byte (integers are minimal big-endian).</summary>
    LeadingZeros,

    /// <summary>An integer field is longer than its type allows (64 or 256 bits).</summary>
    IntegerOverflow,

    /// <summary>An address (destination or access-list entry) has fewer than 20 bytes.</summary>
    AddressTooShort,

    /// <summary>An address (destination or access-list entry) has more than 20 bytes.</summary>
    AddressTooLong,

    /// <summary>An access-list storage key or a blob versioned hash has fewer than 32 bytes.</summary>
    HashTooShort,

    /// <summary>An access-list storage key or a blob versioned hash has more than 32 bytes.</summary>
    HashTooLong,

    /// <summary>A blob transaction (EIP-4844) has no destination.</summary>
    BlobContractCreation,

    /// <summary>A set-code transaction (EIP-7702) has no destination.</summary>
    SetCodeContractCreation,

    /// <summary>v, y-parity, r or s out of range, or s above secp256k1n/2 from Homestead on (EIP-2).</summary>
    InvalidSignature,

    /// <summary>The chain id (typed field, or EIP-155 v) is not the chain's.</summary>
    InvalidChainId,

    /// <summary>No public key recovers from the signature (r is not an x coordinate, or the key is the point at infinity).</summary>
    SenderRecoveryFailed,

    /// <summary>The nonce is 2^64 - 1 (EIP-2681).</summary>
    NonceTooBig,

    /// <summary>max_priority_fee_per_gas is above max_fee_per_gas (EIP-1559).</summary>
    PriorityFeeGreaterThanMaxFee,

    /// <summary>gas_limit times the gas price or fee cap does not fit in 256 bits.</summary>
    GasLimitPriceProductOverflow,

    /// <summary>A contract creation's initcode is larger than 49152 bytes (EIP-3860, Shanghai).</summary>
    InitCodeSizeExceeded,

    /// <summary>gas_limit is below the intrinsic gas.</summary>
    IntrinsicGasTooLow,

    /// <summary>gas_limit is below the calldata floor of EIP-7623 (Prague).</summary>
    IntrinsicGasBelowFloor,

    /// <summary>A blob transaction carries no blob (EIP-4844).</summary>
    BlobCountZero,

    /// <summary>A blob transaction carries more blobs than a block may (EIP-4844, EIP-7691).</summary>
    BlobCountExceeded,

    /// <summary>A blob versioned hash does not start with the KZG version byte 0x01 (EIP-4844).</summary>
    InvalidBlobVersionedHash,

    /// <summary>A set-code transaction has an empty authorization list (EIP-7702).</summary>
    EmptyAuthorizationList,

    /// <summary>The block's remaining gas is less than the transaction's gas limit.</summary>
    GasAllowanceExceeded,

    /// <summary>max_fee_per_gas (or a legacy gas price) is below the block's base fee (EIP-1559).</summary>
    InsufficientMaxFeePerGas,

    /// <summary>max_fee_per_blob_gas is below the block's blob base fee (EIP-4844).</summary>
    InsufficientMaxFeePerBlobGas,

    /// <summary>The transaction's nonce is below the sender's.</summary>
    NonceTooLow,

    /// <summary>The transaction's nonce is above the sender's.</summary>
    NonceTooHigh,

    /// <summary>The sender cannot pay gas limit × max fee (+ blob gas × max blob fee) + value.</summary>
    InsufficientFunds,

    /// <summary>The sender has code that is not an EIP-7702 delegation (EIP-3607).</summary>
    SenderNotEoa,
}
