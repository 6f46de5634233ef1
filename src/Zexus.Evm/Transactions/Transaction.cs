using Zexus.Primitives.Eips;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// A signed Ethereum transaction of any type up to Prague (legacy, EIP-2930, EIP-1559, EIP-4844,
/// EIP-7702), as decoded by <see cref="TransactionDecoder"/> or built by a caller. Immutable.
/// </summary>
/// <remarks>
/// <para>
/// The fee fields are normalised as EIP-1559 treats older types: for types 0 and 1,
/// <see cref="MaxPriorityFeePerGas"/> and <see cref="MaxFeePerGas"/> both equal
/// <see cref="GasPrice"/>; for types 2 to 4, <see cref="GasPrice"/> equals
/// <see cref="MaxFeePerGas"/>. Encoding writes only the fields of the type.
/// </para>
/// <para>
/// The signature is <see cref="V"/>, <see cref="R"/>, <see cref="S"/> as encoded: for a legacy
/// transaction v is 27/28 or, under EIP-155, 2 · chain id + 35/36; for typed transactions v is the
/// y-parity (0 or 1).
/// </para>
/// </remarks>
public sealed class Transaction
{
    private Hash256? _hash;

    /// <summary>The EIP-2718 type.</summary>
    public TransactionType Type { get; init; }

    /// <summary>
    /// The chain id the transaction is signed for: the field of a typed transaction, or the one
    /// EIP-155 encodes in a legacy v; <see langword="null"/> for an unprotected legacy transaction
    /// (v = 27/28, or a v that encodes no chain id).
    /// </summary>
    public ulong? ChainId { get; init; }

    /// <summary>The sender's nonce.</summary>
    public ulong Nonce { get; init; }

    /// <summary>The gas price (types 0, 1); for types 2 to 4 the fee cap.</summary>
    public UInt256 GasPrice { get; init; }

    /// <summary>max_priority_fee_per_gas (types 2 to 4); the gas price for types 0, 1.</summary>
    public UInt256 MaxPriorityFeePerGas { get; init; }

    /// <summary>max_fee_per_gas (types 2 to 4); the gas price for types 0, 1.</summary>
    public UInt256 MaxFeePerGas { get; init; }

    /// <summary>The gas limit.</summary>
    public ulong GasLimit { get; init; }

    /// <summary>The destination, or <see langword="null"/> for a contract creation.</summary>
    public Address? To { get; init; }

    /// <summary>The value transferred, in wei.</summary>
    public UInt256 Value { get; init; }

    /// <summary>Call data, or initcode for a contract creation.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>The EIP-2930 access list (types 1 to 4; empty otherwise).</summary>
    public IReadOnlyList<AccessListItem> AccessList { get; init; } = [];

    /// <summary>max_fee_per_blob_gas (type 3; zero otherwise).</summary>
    public UInt256 MaxFeePerBlobGas { get; init; }

    /// <summary>The blob versioned hashes (type 3; empty otherwise).</summary>
    public IReadOnlyList<Hash256> BlobVersionedHashes { get; init; } = [];

    /// <summary>The EIP-7702 authorization list (type 4; empty otherwise).</summary>
    public IReadOnlyList<Authorization> AuthorizationList { get; init; } = [];

    /// <summary>v as encoded: 27/28 or EIP-155 for legacy, the y-parity for typed transactions.</summary>
    public UInt256 V { get; init; }

    /// <summary>The signature's r.</summary>
    public UInt256 R { get; init; }

    /// <summary>The signature's s.</summary>
    public UInt256 S { get; init; }

    /// <summary>Whether the transaction creates a contract (no destination).</summary>
    public bool IsContractCreation => To is null;

    /// <summary>
    /// The y-parity (recovery id) that <see cref="V"/> encodes, or -1 when v is not a valid
    /// encoding for the type (for example legacy v = 29, or typed v = 2).
    /// </summary>
    public int YParity
    {
        get
        {
            if (Type != TransactionType.Legacy)
            {
                return V.FitsInUInt64 && (ulong)V <= 1 ? (int)(ulong)V : -1;
            }

            if (V == Eip155.UnprotectedVOffset || V == Eip155.UnprotectedVOffset + 1)
            {
                return (int)((ulong)V - Eip155.UnprotectedVOffset);
            }

            if (ChainId is ulong chainId && V >= Eip155.ProtectedVOffset)
            {
                UInt256 parity = V - (new UInt256(chainId) * 2UL) - Eip155.ProtectedVOffset;
                return parity.IsZero ? 0 : parity.IsOne ? 1 : -1;
            }

            return -1;
        }
    }

    /// <summary>The transaction hash: Keccak-256 of <see cref="Encode"/> (type byte included).</summary>
    public Hash256 Hash => _hash ??= Hash256.Keccak(Encode());

    /// <summary>
    /// The canonical encoding: the RLP list for legacy transactions, <c>type ‖ rlp(fields)</c>
    /// for typed ones (EIP-2718). <see cref="TransactionDecoder.Decode"/> reverses it exactly.
    /// </summary>
    public byte[] Encode() => TransactionEncoder.Encode(this, forSigning: false);

    /// <summary>
    /// The hash the sender signs: for legacy transactions Keccak of the RLP of the six fields,
    /// with chain id, 0, 0 appended under EIP-155; for typed transactions Keccak of
    /// <c>type ‖ rlp(fields without the signature)</c>.
    /// </summary>
    public Hash256 SigningHash() => Hash256.Keccak(EncodeForSigning());

    /// <summary>The preimage of <see cref="SigningHash"/>: the encoding without the signature (with EIP-155's chain id, 0, 0 for protected legacy transactions).</summary>
    public byte[] EncodeForSigning() => TransactionEncoder.Encode(this, forSigning: true);

    /// <summary>A copy of this transaction with the signature <paramref name="v"/>, <paramref name="r"/>, <paramref name="s"/>.</summary>
    public Transaction WithSignature(in UInt256 v, in UInt256 r, in UInt256 s) => new()
    {
        Type = Type,
        ChainId = ChainId,
        Nonce = Nonce,
        GasPrice = GasPrice,
        MaxPriorityFeePerGas = MaxPriorityFeePerGas,
        MaxFeePerGas = MaxFeePerGas,
        GasLimit = GasLimit,
        To = To,
        Value = Value,
        Data = Data,
        AccessList = AccessList,
        MaxFeePerBlobGas = MaxFeePerBlobGas,
        BlobVersionedHashes = BlobVersionedHashes,
        AuthorizationList = AuthorizationList,
        V = v,
        R = r,
        S = s,
    };
}
