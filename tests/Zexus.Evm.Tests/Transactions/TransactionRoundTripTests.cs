using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Transactions;

public class TransactionRoundTripTests
{
    public static TheoryData<TransactionType, bool> Shapes() => new()
    {
        { TransactionType.Legacy, false },
        { TransactionType.Legacy, true },
        { TransactionType.AccessList, false },
        { TransactionType.AccessList, true },
        { TransactionType.DynamicFee, false },
        { TransactionType.DynamicFee, true },
        { TransactionType.Blob, false },
        { TransactionType.SetCode, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Decode_SignedTransaction_ReEncodesToTheSameBytes(TransactionType type, bool create)
    {
        var original = TestTransactions.Signed(type, create);
        var encoded = original.Encode();

        var decoded = TransactionDecoder.Decode(encoded);

        Assert.Equal(encoded, decoded.Encode());
        Assert.Equal(Hash256.Keccak(encoded), decoded.Hash);
        Assert.Equal(original.Hash, decoded.Hash);
        Assert.Equal(original.SigningHash(), decoded.SigningHash());
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Decode_SignedTransaction_KeepsEveryField(TransactionType type, bool create)
    {
        var original = TestTransactions.Signed(type, create);

        var decoded = TransactionDecoder.Decode(original.Encode());

        Assert.Equal(original.Type, decoded.Type);
        Assert.Equal(original.ChainId, decoded.ChainId);
        Assert.Equal(original.Nonce, decoded.Nonce);
        Assert.Equal(original.GasPrice, decoded.GasPrice);
        Assert.Equal(original.MaxPriorityFeePerGas, decoded.MaxPriorityFeePerGas);
        Assert.Equal(original.MaxFeePerGas, decoded.MaxFeePerGas);
        Assert.Equal(original.GasLimit, decoded.GasLimit);
        Assert.Equal(original.To, decoded.To);
        Assert.Equal(original.Value, decoded.Value);
        Assert.Equal(original.Data.ToArray(), decoded.Data.ToArray());
        Assert.Equal(original.AccessList.Count, decoded.AccessList.Count);
        for (int i = 0; i < original.AccessList.Count; i++)
        {
            Assert.Equal(original.AccessList[i].Address, decoded.AccessList[i].Address);
            Assert.Equal(original.AccessList[i].StorageKeys, decoded.AccessList[i].StorageKeys);
        }

        Assert.Equal(original.MaxFeePerBlobGas, decoded.MaxFeePerBlobGas);
        Assert.Equal(original.BlobVersionedHashes, decoded.BlobVersionedHashes);
        Assert.Equal(original.AuthorizationList, decoded.AuthorizationList);
        Assert.Equal(original.V, decoded.V);
        Assert.Equal(original.R, decoded.R);
        Assert.Equal(original.S, decoded.S);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Validate_SignedTransactionInPrague_RecoversTheSigner(TransactionType type, bool create)
    {
        var decoded = TransactionDecoder.Decode(TestTransactions.Signed(type, create).Encode());

        var validated = TransactionValidator.Validate(decoded, Fork.Prague, chainId: 1);

        Assert.Equal(TestTransactions.SenderAddress, validated.Sender);
    }

    [Fact]
    public void Encode_TypedTransaction_StartsWithTheTypeByte()
    {
        foreach (var type in new[] { TransactionType.AccessList, TransactionType.DynamicFee, TransactionType.Blob, TransactionType.SetCode })
        {
            var encoded = TestTransactions.Signed(type).Encode();
            Assert.Equal((byte)type, encoded[0]);
            Assert.True(Rlp.IsValid(encoded.AsSpan(1)));
        }
    }

    [Fact]
    public void Sign_LegacyWithoutChainId_UsesV27Or28()
    {
        var unsigned = TestTransactions.Unsigned(TransactionType.Legacy);
        var unprotected = new Transaction
        {
            Nonce = unsigned.Nonce,
            GasPrice = unsigned.GasPrice,
            MaxPriorityFeePerGas = unsigned.GasPrice,
            MaxFeePerGas = unsigned.GasPrice,
            GasLimit = unsigned.GasLimit,
            To = unsigned.To,
            Value = unsigned.Value,
            Data = unsigned.Data,
        };

        var signed = TransactionSigner.Sign(unprotected, TestTransactions.PrivateKey);
        var decoded = TransactionDecoder.Decode(signed.Encode());

        Assert.True(decoded.V == 27UL || decoded.V == 28UL);
        Assert.Null(decoded.ChainId);
        Assert.Equal(TestTransactions.SenderAddress, TransactionValidator.Validate(decoded, Fork.Frontier, chainId: 1).Sender);
    }
}
