namespace Zexus.Evm.Transactions;

/// <summary>
/// Maps <see cref="TransactionError"/> to the <c>TransactionException.*</c> names of the Ethereum
/// test fixtures (ethereum/tests TransactionTests, execution-spec-tests), for reporting and for
/// runners that compare rejection reasons.
/// </summary>
public static class TransactionErrorNames
{
    /// <summary>The fixture name (without the <c>TransactionException.</c> prefix) of a rejection.</summary>
    public static string ToFixtureName(TransactionError error, TransactionField field, TransactionType? type = null) => error switch
    {
        TransactionError.MalformedRlp => "RLP_ERROR_SIZE",
        TransactionError.InvalidEnvelope => "RLP_INVALID_HEADER",
        TransactionError.TypeNotSupported => "TYPE_NOT_SUPPORTED",
        TransactionError.TypeBeforeFork => type is { } t ? $"TYPE_{(byte)t}_TX_PRE_FORK" : "TYPE_NOT_SUPPORTED",
        TransactionError.TooFewElements => "RLP_TOO_FEW_ELEMENTS",
        TransactionError.TooManyElements => "RLP_TOO_MANY_ELEMENTS",
        TransactionError.UnexpectedItemKind => "RLP_INVALID_" + FieldName(field),
        TransactionError.LeadingZeros => "RLP_LEADING_ZEROS_" + field switch
        {
            TransactionField.MaxFeePerGas => "BASEFEE",
            TransactionField.MaxPriorityFeePerGas => "PRIORITY_FEE",
            TransactionField.R => "R",
            TransactionField.S => "S",
            _ => FieldName(field),
        },
        TransactionError.IntegerOverflow => field switch
        {
            TransactionField.MaxFeePerGas => "GASPRICE_OVERFLOW",
            TransactionField.MaxPriorityFeePerGas => "PRIORITY_OVERFLOW",
            TransactionField.V or TransactionField.YParity or TransactionField.R or TransactionField.S => "INVALID_SIGNATURE_VRS",
            TransactionField.ChainId => "INVALID_CHAINID",
            _ => FieldName(field) + "_OVERFLOW",
        },
        TransactionError.AddressTooShort => field == TransactionField.To ? "ADDRESS_TOO_SHORT" : "RLP_INVALID_ACCESS_LIST_ADDRESS_TOO_SHORT",
        TransactionError.AddressTooLong => field == TransactionField.To ? "ADDRESS_TOO_LONG" : "RLP_INVALID_ACCESS_LIST_ADDRESS_TOO_LONG",
        TransactionError.HashTooShort => field == TransactionField.AccessList ? "RLP_INVALID_ACCESS_LIST_STORAGE_TOO_SHORT" : "TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH",
        TransactionError.HashTooLong => field == TransactionField.AccessList ? "RLP_INVALID_ACCESS_LIST_STORAGE_TOO_LONG" : "TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH",
        TransactionError.BlobContractCreation => "TYPE_3_TX_CONTRACT_CREATION",
        TransactionError.SetCodeContractCreation => "TYPE_4_TX_CONTRACT_CREATION",
        TransactionError.InvalidSignature => "INVALID_SIGNATURE_VRS",
        TransactionError.InvalidChainId => "INVALID_CHAINID",
        TransactionError.SenderRecoveryFailed => "EC_RECOVERY_FAIL",
        TransactionError.NonceTooBig => "NONCE_TOO_BIG",
        TransactionError.PriorityFeeGreaterThanMaxFee => "PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS",
        TransactionError.GasLimitPriceProductOverflow => "GASLIMIT_PRICE_PRODUCT_OVERFLOW",
        TransactionError.InitCodeSizeExceeded => "INITCODE_SIZE_EXCEEDED",
        TransactionError.IntrinsicGasTooLow => "INTRINSIC_GAS_TOO_LOW",
        TransactionError.IntrinsicGasBelowFloor => "INTRINSIC_GAS_BELOW_FLOOR_GAS_COST",
        TransactionError.BlobCountZero => "TYPE_3_TX_ZERO_BLOBS",
        TransactionError.BlobCountExceeded => "TYPE_3_TX_BLOB_COUNT_EXCEEDED",
        TransactionError.InvalidBlobVersionedHash => "TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH",
        TransactionError.EmptyAuthorizationList => "TYPE_4_EMPTY_AUTHORIZATION_LIST",
        TransactionError.GasAllowanceExceeded => "GAS_ALLOWANCE_EXCEEDED",
        TransactionError.InsufficientMaxFeePerGas => "INSUFFICIENT_MAX_FEE_PER_GAS",
        TransactionError.InsufficientMaxFeePerBlobGas => "INSUFFICIENT_MAX_FEE_PER_BLOB_GAS",
        TransactionError.NonceTooLow => "NONCE_MISMATCH_TOO_LOW",
        TransactionError.NonceTooHigh => "NONCE_MISMATCH_TOO_HIGH",
        TransactionError.InsufficientFunds => "INSUFFICIENT_ACCOUNT_FUNDS",
        TransactionError.SenderNotEoa => "SENDER_NOT_EOA",
        _ => error.ToString(),
    };

    /// <summary>
    /// Other names the fixture sets give the same rule: ethereum/tests TransactionTests and the state tests
    /// name a value above 2^256 − 1 <c>VALUE_OVERFLOW</c> and <c>RLP_INVALID_VALUE</c> respectively, and the
    /// TransactionTests name a type used before its fork <c>TYPE_NOT_SUPPORTED</c>.
    /// </summary>
    public static IReadOnlyList<string> Aliases(TransactionError error, TransactionField field) => (error, field) switch
    {
        (TransactionError.IntegerOverflow, TransactionField.Value) => ["RLP_INVALID_VALUE"],
        (TransactionError.TypeBeforeFork, _) => ["TYPE_NOT_SUPPORTED"],
        _ => [],
    };

    private static string FieldName(TransactionField field) => field switch
    {
        TransactionField.GasLimit => "GASLIMIT",
        TransactionField.GasPrice => "GASPRICE",
        TransactionField.ChainId => "CHAINID",
        TransactionField.R => "SIGNATURE_R",
        TransactionField.S => "SIGNATURE_S",
        TransactionField.MaxFeePerGas => "MAX_FEE_PER_GAS",
        TransactionField.MaxPriorityFeePerGas => "MAX_PRIORITY_FEE_PER_GAS",
        TransactionField.MaxFeePerBlobGas => "MAX_FEE_PER_BLOB_GAS",
        TransactionField.AccessList => "ACCESS_LIST",
        TransactionField.BlobVersionedHashes => "BLOB_VERSIONED_HASHES",
        TransactionField.AuthorizationList => "AUTHORIZATION_LIST",
        TransactionField.YParity => "Y_PARITY",
        _ => field.ToString().ToUpperInvariant(),
    };
}
