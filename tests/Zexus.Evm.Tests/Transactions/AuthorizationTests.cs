using Zexus.Primitives.Eips;
using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Transactions;

public class AuthorizationTests
{
    [Fact]
    public void TryRecoverAuthority_SignedAuthorization_GivesTheSigner()
    {
        var authorization = TransactionSigner.SignAuthorization(1, TestTransactions.Destination, 7, TestTransactions.PrivateKey);

        Assert.True(authorization.TryRecoverAuthority(out var authority));
        Assert.Equal(TestTransactions.SenderAddress, authority);
    }

    [Fact]
    public void SigningHash_IsKeccakOfMagicAndRlpOfChainAddressNonce()
    {
        var authorization = new Authorization(1, TestTransactions.Destination, 7, 0, UInt256.One, UInt256.One);
        byte[] expected =
        [
            0x05, .. Rlp.EncodeList(Rlp.EncodeULong(1), Rlp.EncodeBytes(TestTransactions.Destination.ToArray()), Rlp.EncodeULong(7)),
        ];

        Assert.Equal(Hash256.Keccak(expected), authorization.SigningHash());
    }

    [Fact]
    public void TryRecoverAuthority_YParityTwo_Fails()
    {
        var authorization = TransactionSigner.SignAuthorization(1, TestTransactions.Destination, 7, TestTransactions.PrivateKey);

        Assert.False((authorization with { YParity = 2 }).TryRecoverAuthority(out _));
    }

    [Fact]
    public void TryRecoverAuthority_HighS_Fails()
    {
        var authorization = TransactionSigner.SignAuthorization(1, TestTransactions.Destination, 7, TestTransactions.PrivateKey);
        var malleated = authorization with { YParity = (byte)(1 - authorization.YParity), S = SenderRecovery.Secp256k1N - authorization.S };

        Assert.False(malleated.TryRecoverAuthority(out _));
    }

    [Fact]
    public void Decode_AuthorizationYParityAbove255_IsRejected()
    {
        var tx = TestTransactions.Signed(TransactionType.SetCode);
        var encoded = tx.Encode();
        var decoded = TransactionDecoder.Decode(encoded);
        Assert.Equal(tx.AuthorizationList, decoded.AuthorizationList);

        var wide = Rlp.EncodeList(Rlp.EncodeULong(1), Rlp.EncodeBytes(new byte[20]), Rlp.EncodeULong(0), Rlp.EncodeULong(256), Rlp.EncodeULong(1), Rlp.EncodeULong(1));
        var items = new[]
        {
            Rlp.EncodeULong(1), Rlp.EncodeULong(0), Rlp.EncodeULong(1), Rlp.EncodeULong(1), Rlp.EncodeULong(100_000),
            Rlp.EncodeBytes(new byte[20]), Rlp.EncodeULong(0), Rlp.EncodeBytes([]), Rlp.EncodeList(), Rlp.EncodeList(wide),
            Rlp.EncodeULong(0), Rlp.EncodeULong(1), Rlp.EncodeULong(1),
        };

        var error = Assert.Throws<TransactionException>(() => TransactionDecoder.Decode([Eip7702.TransactionType, .. Rlp.EncodeList(items)]));

        Assert.Equal(TransactionError.IntegerOverflow, error.Error);
        Assert.Equal(TransactionField.AuthorizationList, error.Field);
    }
}
