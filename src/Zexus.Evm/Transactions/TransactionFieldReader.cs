using System.Diagnostics.CodeAnalysis;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// Reads the fields of one transaction list over the strict <see cref="RlpReader"/>, turning every
/// violation into a <see cref="TransactionException"/> that names the field: missing or extra
/// fields, a list where a byte string belongs (or the reverse), integers with leading zeros or
/// too many bytes, addresses and hashes of the wrong length.
/// </summary>
internal ref struct TransactionFieldReader
{
    private RlpReader _reader;
    private int _listToken;

    public TransactionFieldReader(ReadOnlySpan<byte> encoded)
    {
        _reader = new RlpReader(encoded);
        _listToken = -1;
    }

    /// <summary>Enters the transaction list, which must be the whole input.</summary>
    public void EnterTransaction()
    {
        try
        {
            if (!_reader.HasMore)
            {
                throw new TransactionException(TransactionError.MalformedRlp, TransactionField.None, "empty transaction payload");
            }

            if (!_reader.IsList)
            {
                throw new TransactionException(TransactionError.InvalidEnvelope, TransactionField.None, "the transaction payload is a byte string, not a list");
            }

            _listToken = _reader.EnterList();
        }
        catch (RlpException e)
        {
            throw Malformed(TransactionField.None, e);
        }
    }

    /// <summary>Checks that no field remains and nothing follows the transaction list.</summary>
    public void LeaveTransaction()
    {
        if (_reader.HasMore)
        {
            throw new TransactionException(TransactionError.TooManyElements, TransactionField.None, "the transaction list has more fields than its type defines");
        }

        try
        {
            _reader.LeaveList(_listToken);
            _reader.EnsureEnd();
        }
        catch (RlpException e)
        {
            throw Malformed(TransactionField.None, e);
        }
    }

    /// <summary>Reads an integer of at most 64 bits.</summary>
    public ulong ReadULong(TransactionField field) => ReadULong(field, sizeof(ulong));

    /// <summary>Reads an integer of at most 256 bits.</summary>
    public UInt256 ReadUInt256(TransactionField field) => new(ReadScalar(field, 32));

    /// <summary>Reads a byte string.</summary>
    public ReadOnlySpan<byte> ReadBytes(TransactionField field)
    {
        NextString(field);
        try
        {
            return _reader.ReadBytes();
        }
        catch (RlpException e)
        {
            throw Malformed(field, e);
        }
    }

    /// <summary>Reads the destination: 20 bytes, or empty for a contract creation.</summary>
    public Address? ReadTo()
    {
        var bytes = ReadBytes(TransactionField.To);
        return bytes.IsEmpty ? null : ToAddress(bytes, TransactionField.To);
    }

    /// <summary>Reads an EIP-2930 access list: [[address, [storage_key, …]], …].</summary>
    public IReadOnlyList<AccessListItem> ReadAccessList()
    {
        const TransactionField field = TransactionField.AccessList;
        int outer = EnterList(field);
        var items = new List<AccessListItem>();
        while (_reader.HasMore)
        {
            int entry = EnterList(field);
            var address = ToAddress(ReadBytes(field), field);
            items.Add(new AccessListItem(address, ReadHashList(field)));
            LeaveList(entry, field);
        }

        LeaveList(outer, field);
        return items;
    }

    /// <summary>Reads a list of 32-byte hashes (access-list storage keys, blob versioned hashes).</summary>
    public IReadOnlyList<Hash256> ReadHashList(TransactionField field)
    {
        int token = EnterList(field);
        var hashes = new List<Hash256>();
        while (_reader.HasMore)
        {
            var bytes = ReadBytes(field);
            if (bytes.Length != Hash256.Size)
            {
                throw new TransactionException(
                    bytes.Length < Hash256.Size ? TransactionError.HashTooShort : TransactionError.HashTooLong,
                    field,
                    $"a 32-byte hash has {bytes.Length} bytes");
            }

            hashes.Add(new Hash256(bytes));
        }

        LeaveList(token, field);
        return hashes;
    }

    /// <summary>Reads an EIP-7702 authorization list: [[chain_id, address, nonce, y_parity, r, s], …].</summary>
    public IReadOnlyList<Authorization> ReadAuthorizationList()
    {
        const TransactionField field = TransactionField.AuthorizationList;
        int outer = EnterList(field);
        var items = new List<Authorization>();
        while (_reader.HasMore)
        {
            int entry = EnterList(field);
            var chainId = ReadUInt256(field);
            var address = ToAddress(ReadBytes(field), field);
            ulong nonce = ReadULong(field);
            byte yParity = (byte)ReadULong(field, maxBytes: 1);
            var r = ReadUInt256(field);
            var s = ReadUInt256(field);
            items.Add(new Authorization(chainId, address, nonce, yParity, r, s));
            LeaveList(entry, field);
        }

        LeaveList(outer, field);
        return items;
    }

    private ulong ReadULong(TransactionField field, int maxBytes)
    {
        ulong value = 0;
        foreach (byte b in ReadScalar(field, maxBytes))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private ReadOnlySpan<byte> ReadScalar(TransactionField field, int maxBytes)
    {
        var bytes = ReadBytes(field);
        if (bytes.Length > maxBytes)
        {
            throw new TransactionException(TransactionError.IntegerOverflow, field, $"an integer of {bytes.Length} bytes exceeds the {maxBytes} allowed");
        }

        if (bytes.Length > 0 && bytes[0] == 0)
        {
            throw new TransactionException(TransactionError.LeadingZeros, field, "an integer has a leading zero byte");
        }

        return bytes;
    }

    private static Address ToAddress(ReadOnlySpan<byte> bytes, TransactionField field)
    {
        if (bytes.Length != Address.Size)
        {
            throw new TransactionException(
                bytes.Length < Address.Size ? TransactionError.AddressTooShort : TransactionError.AddressTooLong,
                field,
                $"an address has {bytes.Length} bytes, not 20");
        }

        return new Address(bytes);
    }

    private int EnterList(TransactionField field)
    {
        Next(field);
        try
        {
            if (!_reader.IsList)
            {
                throw new TransactionException(TransactionError.UnexpectedItemKind, field, "expected a list, found a byte string");
            }

            return _reader.EnterList();
        }
        catch (RlpException e)
        {
            throw Malformed(field, e);
        }
    }

    private void LeaveList(int token, TransactionField field)
    {
        try
        {
            _reader.LeaveList(token);
        }
        catch (RlpException e)
        {
            throw Malformed(field, e);
        }
    }

    private readonly void NextString(TransactionField field)
    {
        Next(field);
        bool isList;
        try
        {
            isList = _reader.IsList;
        }
        catch (RlpException e)
        {
            throw Malformed(field, e);
        }

        if (isList)
        {
            throw new TransactionException(TransactionError.UnexpectedItemKind, field, "expected a byte string, found a list");
        }
    }

    private readonly void Next(TransactionField field)
    {
        if (!_reader.HasMore)
        {
            ThrowTooFew(field);
        }
    }

    [DoesNotReturn]
    private static void ThrowTooFew(TransactionField field) =>
        throw new TransactionException(TransactionError.TooFewElements, field, "the list ends before this field");

    private static TransactionException Malformed(TransactionField field, RlpException e) =>
        new(TransactionError.MalformedRlp, field, e.Message, e);
}
