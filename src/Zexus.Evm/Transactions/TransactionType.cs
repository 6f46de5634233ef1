namespace Zexus.Evm.Transactions;

/// <summary>
/// The EIP-2718 transaction types up to Prague. The value is the envelope's first byte (none for
/// <see cref="Legacy"/>, whose encoding is a bare RLP list).
/// </summary>
public enum TransactionType : byte
{
    /// <summary>The original transaction, with EIP-155 replay protection from Spurious Dragon on.</summary>
    Legacy = 0,

    /// <summary>EIP-2930 (Berlin): chain id and access list.</summary>
    AccessList = 1,

    /// <summary>EIP-1559 (London): priority fee and fee cap instead of a gas price.</summary>
    DynamicFee = 2,

    /// <summary>EIP-4844 (Cancun): carries blob versioned hashes and a blob fee cap.</summary>
    Blob = 3,

    /// <summary>EIP-7702 (Prague): carries an authorization list that sets code on EOAs.</summary>
    SetCode = 4,
}
