using Zexus.Primitives.Eips;
using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Transactions;

public class TransactionDecoderTests
{
    private static TransactionException Reject(byte[] encoded) =>
        Assert.Throws<TransactionException>(() => TransactionDecoder.Decode(encoded));

    private static TransactionException Reject(string hex) => Reject(Hex.Parse(hex));

    /// <summary>A signed legacy transaction's fields, encoded item by item so one can be replaced.</summary>
    private static List<byte[]> LegacyItems()
    {
        var tx = TestTransactions.Signed(TransactionType.Legacy);
        return
        [
            Rlp.EncodeULong(tx.Nonce), Rlp.EncodeUInt(tx.GasPrice.ToBigEndianBytes()), Rlp.EncodeULong(tx.GasLimit),
            Rlp.EncodeBytes(tx.To!.Value.ToArray()), Rlp.EncodeUInt(tx.Value.ToBigEndianBytes()), Rlp.EncodeBytes(tx.Data.Span),
            Rlp.EncodeUInt(tx.V.ToBigEndianBytes()), Rlp.EncodeUInt(tx.R.ToBigEndianBytes()), Rlp.EncodeUInt(tx.S.ToBigEndianBytes()),
        ];
    }

    [Fact]
    public void Decode_LegacyItemsUnchanged_Succeeds()
    {
        var tx = TransactionDecoder.Decode(Rlp.EncodeList([.. LegacyItems()]));

        Assert.Equal(TestTransactions.Signed(TransactionType.Legacy).Hash, tx.Hash);
    }

    [Fact]
    public void Decode_EmptyInput_IsMalformed() => Assert.Equal(TransactionError.MalformedRlp, Reject([]).Error);

    [Fact]
    public void Decode_TrailingByte_IsMalformed()
    {
        var encoded = TestTransactions.Signed(TransactionType.DynamicFee).Encode();

        Assert.Equal(TransactionError.MalformedRlp, Reject([.. encoded, 0x00]).Error);
    }

    [Fact]
    public void Decode_LegacyTrailingByte_IsMalformed()
    {
        var encoded = TestTransactions.Signed(TransactionType.Legacy).Encode();

        Assert.Equal(TransactionError.MalformedRlp, Reject([.. encoded, 0x80]).Error);
    }

    [Fact]
    public void Decode_NonceWithLeadingZero_IsRejectedNamingTheNonce()
    {
        var items = LegacyItems();
        items[0] = Hex.Parse("0x820009");

        var error = Reject(Rlp.EncodeList([.. items]));

        Assert.Equal(TransactionError.LeadingZeros, error.Error);
        Assert.Equal(TransactionField.Nonce, error.Field);
        Assert.Equal("RLP_LEADING_ZEROS_NONCE", error.FixtureName);
    }

    [Fact]
    public void Decode_ZeroEncodedAsByte00_IsLeadingZeros()
    {
        var items = LegacyItems();
        items[4] = [0x00];

        Assert.Equal(TransactionError.LeadingZeros, Reject(Rlp.EncodeList([.. items])).Error);
    }

    [Fact]
    public void Decode_NonceOfNineBytes_Overflows()
    {
        var items = LegacyItems();
        items[0] = Rlp.EncodeBytes(Hex.Parse("0x010000000000000000"));

        var error = Reject(Rlp.EncodeList([.. items]));

        Assert.Equal(TransactionError.IntegerOverflow, error.Error);
        Assert.Equal("NONCE_OVERFLOW", error.FixtureName);
    }

    [Fact]
    public void Decode_ValueOf33Bytes_Overflows()
    {
        var items = LegacyItems();
        items[4] = Rlp.EncodeBytes([1, .. new byte[32]]);

        Assert.Equal(TransactionError.IntegerOverflow, Reject(Rlp.EncodeList([.. items])).Error);
    }

    [Theory]
    [InlineData(19, TransactionError.AddressTooShort)]
    [InlineData(21, TransactionError.AddressTooLong)]
    public void Decode_ToOfWrongLength_IsRejected(int length, TransactionError expected)
    {
        var items = LegacyItems();
        items[3] = Rlp.EncodeBytes(new byte[length]);

        Assert.Equal(expected, Reject(Rlp.EncodeList([.. items])).Error);
    }

    [Fact]
    public void Decode_DataGivenAsList_IsUnexpectedItemKind()
    {
        var items = LegacyItems();
        items[5] = Rlp.EncodeList();

        var error = Reject(Rlp.EncodeList([.. items]));

        Assert.Equal(TransactionError.UnexpectedItemKind, error.Error);
        Assert.Equal(TransactionField.Data, error.Field);
    }

    [Fact]
    public void Decode_LegacyWithEightFields_HasTooFewElements()
    {
        var items = LegacyItems();
        items.RemoveAt(8);

        Assert.Equal(TransactionError.TooFewElements, Reject(Rlp.EncodeList([.. items])).Error);
    }

    [Fact]
    public void Decode_LegacyWithTenFields_HasTooManyElements()
    {
        var items = LegacyItems();
        items.Add(Rlp.EncodeULong(0));

        Assert.Equal(TransactionError.TooManyElements, Reject(Rlp.EncodeList([.. items])).Error);
    }

    [Fact]
    public void Decode_TypedYParityOfTwo_IsInvalidSignature()
    {
        var tx = TestTransactions.Signed(TransactionType.DynamicFee);
        var tampered = tx.WithSignature(2UL, tx.R, tx.S);

        var error = Reject(tampered.Encode());

        Assert.Equal(TransactionError.InvalidSignature, error.Error);
        Assert.Equal(TransactionField.YParity, error.Field);
    }

    [Theory]
    [InlineData("0x05c0")]
    [InlineData("0x7fc0")]
    [InlineData("0x00c0")]
    public void Decode_UnknownType_IsTypeNotSupported(string hex) => Assert.Equal(TransactionError.TypeNotSupported, Reject(hex).Error);

    [Fact]
    public void Decode_ByteStringInsteadOfList_IsInvalidEnvelope() =>
        Assert.Equal(TransactionError.InvalidEnvelope, Reject("0x83010203").Error);

    [Fact]
    public void Decode_TypedPayloadThatIsAByteString_IsInvalidEnvelope() =>
        Assert.Equal(TransactionError.InvalidEnvelope, Reject("0x0283010203").Error);

    [Fact]
    public void Decode_TypeByteAlone_IsMalformed() => Assert.Equal(TransactionError.MalformedRlp, Reject("0x02").Error);

    [Fact]
    public void Decode_Type2BodyUnderType1_IsRejected()
    {
        var encoded = TestTransactions.Signed(TransactionType.DynamicFee).Encode();
        encoded[0] = 0x01;

        // The fields shift by one: the gas limit lands where the 20-byte destination belongs.
        Assert.Equal(TransactionError.AddressTooShort, Reject(encoded).Error);
    }

    [Fact]
    public void Decode_Type2BodyUnderType4_IsRejected()
    {
        var encoded = TestTransactions.Signed(TransactionType.DynamicFee).Encode();
        encoded[0] = 0x04;

        // y-parity lands in authorization_list's place.
        Assert.Equal(TransactionError.UnexpectedItemKind, Reject(encoded).Error);
    }

    [Fact]
    public void Decode_BlobTransactionWithoutDestination_IsRejected()
    {
        var tx = TestTransactions.Signed(TransactionType.Blob);
        var creation = new Transaction
        {
            Type = TransactionType.Blob,
            ChainId = tx.ChainId,
            GasLimit = tx.GasLimit,
            BlobVersionedHashes = tx.BlobVersionedHashes,
            V = tx.V,
            R = tx.R,
            S = tx.S,
        };

        Assert.Equal(TransactionError.BlobContractCreation, Reject(creation.Encode()).Error);
    }

    [Fact]
    public void Decode_SetCodeTransactionWithoutDestination_IsRejected()
    {
        var creation = new Transaction { Type = TransactionType.SetCode, ChainId = 1, GasLimit = 100_000, V = UInt256.One, R = UInt256.One, S = UInt256.One };

        Assert.Equal(TransactionError.SetCodeContractCreation, Reject(creation.Encode()).Error);
    }

    [Fact]
    public void Decode_BlobNetworkWrapper_IsRejected()
    {
        // EIP-4844 network form: type ‖ rlp([tx_payload_body, blobs, commitments, proofs]); only the canonical form is a transaction.
        var body = TestTransactions.Signed(TransactionType.Blob).Encode().AsSpan(1).ToArray();
        var wrapper = Rlp.EncodeList(body, Rlp.EncodeList(), Rlp.EncodeList(), Rlp.EncodeList());

        var error = Reject([Eip4844.TransactionType, .. wrapper]);

        Assert.Equal(TransactionError.UnexpectedItemKind, error.Error);
    }

    [Fact]
    public void Decode_AccessListStorageKeyOf31Bytes_IsRejected()
    {
        var tx = TestTransactions.Signed(TransactionType.AccessList);
        var items = new List<byte[]>
        {
            Rlp.EncodeULong(1), Rlp.EncodeULong(tx.Nonce), Rlp.EncodeUInt(tx.GasPrice.ToBigEndianBytes()), Rlp.EncodeULong(tx.GasLimit),
            Rlp.EncodeBytes(tx.To!.Value.ToArray()), Rlp.EncodeUInt(tx.Value.ToBigEndianBytes()), Rlp.EncodeBytes(tx.Data.Span),
            Rlp.EncodeList(Rlp.EncodeList(Rlp.EncodeBytes(new byte[20]), Rlp.EncodeList(Rlp.EncodeBytes(new byte[31])))),
            Rlp.EncodeULong(0), Rlp.EncodeULong(1), Rlp.EncodeULong(1),
        };

        var error = Reject([0x01, .. Rlp.EncodeList([.. items])]);

        Assert.Equal(TransactionError.HashTooShort, error.Error);
        Assert.Equal("RLP_INVALID_ACCESS_LIST_STORAGE_TOO_SHORT", error.FixtureName);
    }

    [Fact]
    public void TryDecode_Garbage_ReportsTheError()
    {
        Assert.False(TransactionDecoder.TryDecode(Hex.Parse("0xf8"), out var tx, out var error));
        Assert.Null(tx);
        Assert.Equal(TransactionError.MalformedRlp, error!.Error);
    }
}
