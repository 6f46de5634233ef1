using Zexus.Primitives.Eips;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// Decodes the network encoding of a signed transaction: an EIP-2718 envelope
/// <c>type ‖ rlp(fields)</c> for types 1 to 4, or a bare RLP list for legacy transactions.
/// Decoding is strict and independent of the fork: exactly one canonical encoding is accepted per
/// transaction, so <see cref="Transaction.Hash"/> equals Keccak-256 of the input. Whether the
/// transaction is valid in a fork is <see cref="TransactionValidator"/>'s concern.
/// </summary>
public static class TransactionDecoder
{
    /// <summary>Decodes one transaction, which must be the whole input.</summary>
    /// <exception cref="TransactionException">
    /// Not a transaction: malformed or non-canonical RLP, unknown type, wrong number of fields,
    /// a field of the wrong kind or size (integers with leading zeros or too long, addresses not
    /// 20 bytes, hashes not 32 bytes), a typed y-parity other than 0 or 1, trailing bytes.
    /// </exception>
    public static Transaction Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IsEmpty)
        {
            throw new TransactionException(TransactionError.MalformedRlp, TransactionField.None, "empty input");
        }

        byte first = encoded[0];
        if (first >= Rlp.EmptyList)
        {
            return DecodeLegacy(encoded);
        }

        if (first > Eip2718.MaxTransactionType)
        {
            throw new TransactionException(
                TransactionError.InvalidEnvelope, TransactionField.None, $"first byte 0x{first:x2} starts an RLP byte string, not a transaction");
        }

        var type = first switch
        {
            Eip2930.TransactionType => TransactionType.AccessList,
            Eip1559.TransactionType => TransactionType.DynamicFee,
            Eip4844.TransactionType => TransactionType.Blob,
            Eip7702.TransactionType => TransactionType.SetCode,
            _ => throw new TransactionException(TransactionError.TypeNotSupported, TransactionField.None, $"unknown transaction type 0x{first:x2}"),
        };
        return DecodeTyped(type, encoded[1..]);
    }

    /// <summary>Decodes like <see cref="Decode"/> but reports failure instead of throwing.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, out Transaction? transaction, out TransactionException? error)
    {
        try
        {
            transaction = Decode(encoded);
            error = null;
            return true;
        }
        catch (TransactionException e)
        {
            transaction = null;
            error = e;
            return false;
        }
    }

    // [nonce, gas_price, gas_limit, to, value, data, v, r, s]
    private static Transaction DecodeLegacy(ReadOnlySpan<byte> encoded)
    {
        var reader = new TransactionFieldReader(encoded);
        reader.EnterTransaction();
        ulong nonce = reader.ReadULong(TransactionField.Nonce);
        var gasPrice = reader.ReadUInt256(TransactionField.GasPrice);
        ulong gasLimit = reader.ReadULong(TransactionField.GasLimit);
        var to = reader.ReadTo();
        var value = reader.ReadUInt256(TransactionField.Value);
        var data = reader.ReadBytes(TransactionField.Data).ToArray();
        var v = reader.ReadUInt256(TransactionField.V);
        var r = reader.ReadUInt256(TransactionField.R);
        var s = reader.ReadUInt256(TransactionField.S);
        reader.LeaveTransaction();

        return new Transaction
        {
            Type = TransactionType.Legacy,
            ChainId = ChainIdOfLegacyV(v),
            Nonce = nonce,
            GasPrice = gasPrice,
            MaxPriorityFeePerGas = gasPrice,
            MaxFeePerGas = gasPrice,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            V = v,
            R = r,
            S = s,
        };
    }

    // 1: [chain_id, nonce, gas_price, gas_limit, to, value, data, access_list, y_parity, r, s]
    // 2: [chain_id, nonce, max_priority_fee_per_gas, max_fee_per_gas, gas_limit, to, value, data, access_list, y_parity, r, s]
    // 3: [... access_list, max_fee_per_blob_gas, blob_versioned_hashes, y_parity, r, s]
    // 4: [... access_list, authorization_list, y_parity, r, s]
    private static Transaction DecodeTyped(TransactionType type, ReadOnlySpan<byte> payload)
    {
        var reader = new TransactionFieldReader(payload);
        reader.EnterTransaction();
        ulong chainId = reader.ReadULong(TransactionField.ChainId);
        ulong nonce = reader.ReadULong(TransactionField.Nonce);
        UInt256 priorityFee, maxFee;
        if (type == TransactionType.AccessList)
        {
            priorityFee = maxFee = reader.ReadUInt256(TransactionField.GasPrice);
        }
        else
        {
            priorityFee = reader.ReadUInt256(TransactionField.MaxPriorityFeePerGas);
            maxFee = reader.ReadUInt256(TransactionField.MaxFeePerGas);
        }

        ulong gasLimit = reader.ReadULong(TransactionField.GasLimit);
        var to = reader.ReadTo();
        if (to is null && type == TransactionType.Blob)
        {
            throw new TransactionException(TransactionError.BlobContractCreation, TransactionField.To, "a blob transaction must have a destination");
        }

        if (to is null && type == TransactionType.SetCode)
        {
            throw new TransactionException(TransactionError.SetCodeContractCreation, TransactionField.To, "a set-code transaction must have a destination");
        }

        var value = reader.ReadUInt256(TransactionField.Value);
        var data = reader.ReadBytes(TransactionField.Data).ToArray();
        var accessList = reader.ReadAccessList();

        UInt256 maxFeePerBlobGas = default;
        IReadOnlyList<Hash256> blobHashes = [];
        IReadOnlyList<Authorization> authorizations = [];
        if (type == TransactionType.Blob)
        {
            maxFeePerBlobGas = reader.ReadUInt256(TransactionField.MaxFeePerBlobGas);
            blobHashes = reader.ReadHashList(TransactionField.BlobVersionedHashes);
        }
        else if (type == TransactionType.SetCode)
        {
            authorizations = reader.ReadAuthorizationList();
        }

        var yParity = reader.ReadUInt256(TransactionField.YParity);
        var r = reader.ReadUInt256(TransactionField.R);
        var s = reader.ReadUInt256(TransactionField.S);
        reader.LeaveTransaction();
        if (yParity > UInt256.One)
        {
            throw new TransactionException(TransactionError.InvalidSignature, TransactionField.YParity, $"y-parity must be 0 or 1, not {yParity}");
        }

        return new Transaction
        {
            Type = type,
            ChainId = chainId,
            Nonce = nonce,
            GasPrice = maxFee,
            MaxPriorityFeePerGas = priorityFee,
            MaxFeePerGas = maxFee,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            AccessList = accessList,
            MaxFeePerBlobGas = maxFeePerBlobGas,
            BlobVersionedHashes = blobHashes,
            AuthorizationList = authorizations,
            V = yParity,
            R = r,
            S = s,
        };
    }

    /// <summary>The chain id an EIP-155 v encodes (v = 2 · chain id + 35 + parity), or null for 27/28 and for v that encode none.</summary>
    private static ulong? ChainIdOfLegacyV(in UInt256 v)
    {
        if (v < Eip155.ProtectedVOffset)
        {
            return null;
        }

        var chainId = (v - Eip155.ProtectedVOffset) >> 1;
        return chainId.FitsInUInt64 ? (ulong)chainId : null;
    }
}
