namespace Zexus.Evm.Transactions;

/// <summary>The fields of a transaction encoding, to name where a decoding or validation error lies.</summary>
public enum TransactionField
{
    /// <summary>The whole encoding rather than one field.</summary>
    None,

    /// <summary>chain_id of a typed transaction.</summary>
    ChainId,

    /// <summary>nonce.</summary>
    Nonce,

    /// <summary>gas_price of types 0 and 1.</summary>
    GasPrice,

    /// <summary>max_priority_fee_per_gas of types 2 to 4.</summary>
    MaxPriorityFeePerGas,

    /// <summary>max_fee_per_gas of types 2 to 4.</summary>
    MaxFeePerGas,

    /// <summary>gas_limit.</summary>
    GasLimit,

    /// <summary>to (destination; empty for contract creation).</summary>
    To,

    /// <summary>value.</summary>
    Value,

    /// <summary>data (call data or initcode).</summary>
    Data,

    /// <summary>access_list of types 1 to 4.</summary>
    AccessList,

    /// <summary>max_fee_per_blob_gas of type 3.</summary>
    MaxFeePerBlobGas,

    /// <summary>blob_versioned_hashes of type 3.</summary>
    BlobVersionedHashes,

    /// <summary>authorization_list of type 4.</summary>
    AuthorizationList,

    /// <summary>v of a legacy transaction.</summary>
    V,

    /// <summary>y_parity (signature_y_parity) of a typed transaction.</summary>
    YParity,

    /// <summary>r of the signature.</summary>
    R,

    /// <summary>s of the signature.</summary>
    S,
}
