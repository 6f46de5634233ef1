using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// Encodes transactions (EIP-2718 envelopes and legacy RLP lists) and their signing payloads. The
/// field order of each type is the one of its EIP; <see cref="TransactionDecoder"/> mirrors it.
/// </summary>
internal static class TransactionEncoder
{
    public static byte[] Encode(Transaction tx, bool forSigning)
    {
        var fields = new List<byte[]>(14);
        if (tx.Type == TransactionType.Legacy)
        {
            AddLegacyFields(tx, fields, forSigning);
            return Rlp.EncodeList([.. fields]);
        }

        fields.Add(Rlp.EncodeULong(tx.ChainId ?? 0));
        fields.Add(Rlp.EncodeULong(tx.Nonce));
        if (tx.Type == TransactionType.AccessList)
        {
            fields.Add(UInt(tx.GasPrice));
        }
        else
        {
            fields.Add(UInt(tx.MaxPriorityFeePerGas));
            fields.Add(UInt(tx.MaxFeePerGas));
        }

        fields.Add(Rlp.EncodeULong(tx.GasLimit));
        fields.Add(To(tx.To));
        fields.Add(UInt(tx.Value));
        fields.Add(Rlp.EncodeBytes(tx.Data.Span));
        fields.Add(AccessList(tx.AccessList));
        if (tx.Type == TransactionType.Blob)
        {
            fields.Add(UInt(tx.MaxFeePerBlobGas));
            fields.Add(Rlp.EncodeList([.. tx.BlobVersionedHashes.Select(h => Rlp.EncodeBytes(h.ToArray()))]));
        }
        else if (tx.Type == TransactionType.SetCode)
        {
            fields.Add(Rlp.EncodeList([.. tx.AuthorizationList.Select(Authorization)]));
        }

        if (!forSigning)
        {
            fields.Add(UInt(tx.V));
            fields.Add(UInt(tx.R));
            fields.Add(UInt(tx.S));
        }

        var list = Rlp.EncodeList([.. fields]);
        var envelope = new byte[1 + list.Length];
        envelope[0] = (byte)tx.Type;
        list.CopyTo(envelope, 1);
        return envelope;
    }

    private static void AddLegacyFields(Transaction tx, List<byte[]> fields, bool forSigning)
    {
        fields.Add(Rlp.EncodeULong(tx.Nonce));
        fields.Add(UInt(tx.GasPrice));
        fields.Add(Rlp.EncodeULong(tx.GasLimit));
        fields.Add(To(tx.To));
        fields.Add(UInt(tx.Value));
        fields.Add(Rlp.EncodeBytes(tx.Data.Span));
        if (!forSigning)
        {
            fields.Add(UInt(tx.V));
            fields.Add(UInt(tx.R));
            fields.Add(UInt(tx.S));
        }
        else if (tx.ChainId is ulong chainId)
        {
            // EIP-155: the signed list ends with chain id, 0, 0.
            fields.Add(Rlp.EncodeULong(chainId));
            fields.Add(Rlp.EncodeULong(0));
            fields.Add(Rlp.EncodeULong(0));
        }
    }

    private static byte[] UInt(in UInt256 value) => Rlp.EncodeUInt(value.ToBigEndianBytes());

    private static byte[] To(Address? to) => to is Address address ? Rlp.EncodeBytes(address.ToArray()) : Rlp.EncodeBytes([]);

    private static byte[] AccessList(IReadOnlyList<AccessListItem> items) =>
        Rlp.EncodeList([.. items.Select(item => Rlp.EncodeList(
            Rlp.EncodeBytes(item.Address.ToArray()),
            Rlp.EncodeList([.. item.StorageKeys.Select(k => Rlp.EncodeBytes(k.ToArray()))])))]);

    private static byte[] Authorization(Authorization a) => Rlp.EncodeList(
        UInt(a.ChainId),
        Rlp.EncodeBytes(a.Address.ToArray()),
        Rlp.EncodeULong(a.Nonce),
        Rlp.EncodeULong(a.YParity),
        UInt(a.R),
        UInt(a.S));
}
