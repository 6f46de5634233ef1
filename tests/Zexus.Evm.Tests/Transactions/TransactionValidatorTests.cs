using Zexus.Primitives.Eips;
using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Transactions;

public class TransactionValidatorTests
{
    private static TransactionError Rejection(Transaction tx, Fork fork, ulong chainId = 1) =>
        Assert.Throws<TransactionException>(() => TransactionValidator.Validate(tx, fork, chainId)).Error;

    private static Transaction Resigned(Transaction unsigned) => TransactionSigner.Sign(unsigned, TestTransactions.PrivateKey);

    [Theory]
    [InlineData(TransactionType.AccessList, Fork.Istanbul, Fork.Berlin)]
    [InlineData(TransactionType.DynamicFee, Fork.Berlin, Fork.London)]
    [InlineData(TransactionType.Blob, Fork.Shanghai, Fork.Cancun)]
    [InlineData(TransactionType.SetCode, Fork.Cancun, Fork.Prague)]
    public void Validate_TypeBeforeItsFork_IsTypeBeforeFork(TransactionType type, Fork before, Fork from)
    {
        var tx = TestTransactions.Signed(type);

        var e = Assert.Throws<TransactionException>(() => TransactionValidator.Validate(tx, before, 1));
        Assert.Equal(TransactionError.TypeBeforeFork, e.Error);
        Assert.Equal($"TYPE_{(byte)type}_TX_PRE_FORK", e.FixtureName);
        Assert.Equal([e.FixtureName, "TYPE_NOT_SUPPORTED"], e.FixtureNames);
        Assert.Equal(TestTransactions.SenderAddress, TransactionValidator.Validate(tx, from, 1).Sender);
    }

    [Fact]
    public void Validate_TypedTransactionForAnotherChain_IsInvalidChainId() =>
        Assert.Equal(TransactionError.InvalidChainId, Rejection(TestTransactions.Signed(TransactionType.DynamicFee), Fork.Cancun, chainId: 5));

    [Fact]
    public void Validate_HighS_IsValidInFrontierOnly()
    {
        var tx = TestTransactions.Signed(TransactionType.Legacy);
        var highS = SenderRecovery.Secp256k1N - tx.S;
        var flipped = tx.WithSignature(tx.V == 37UL ? 38UL : 37UL, tx.R, highS);
        var unprotected = TransactionSigner.Sign(WithoutChainId(tx), TestTransactions.PrivateKey);
        var unprotectedHighS = unprotected.WithSignature(unprotected.V == 27UL ? 28UL : 27UL, unprotected.R, SenderRecovery.Secp256k1N - unprotected.S);

        Assert.Equal(TransactionError.InvalidSignature, Rejection(flipped, Fork.Homestead));
        Assert.Equal(TransactionError.InvalidSignature, Rejection(flipped, Fork.Cancun));
        Assert.Equal(TestTransactions.SenderAddress, TransactionValidator.Validate(unprotectedHighS, Fork.Frontier, 1).Sender);
        Assert.Equal(TransactionError.InvalidSignature, Rejection(unprotectedHighS, Fork.Homestead));
    }

    [Fact]
    public void Validate_ZeroR_IsInvalidSignature()
    {
        var tx = TestTransactions.Signed(TransactionType.DynamicFee);

        Assert.Equal(TransactionError.InvalidSignature, Rejection(tx.WithSignature(tx.V, UInt256.Zero, tx.S), Fork.Cancun));
    }

    [Fact]
    public void Validate_NonceTwoToThe64MinusOne_IsNonceTooBig()
    {
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.DynamicFee), nonce: ulong.MaxValue));

        Assert.Equal(TransactionError.NonceTooBig, Rejection(tx, Fork.Cancun));
    }

    [Fact]
    public void Validate_PriorityFeeAboveFeeCap_IsRejected()
    {
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.DynamicFee), maxPriorityFee: 40_000_000_000UL));

        Assert.Equal(TransactionError.PriorityFeeGreaterThanMaxFee, Rejection(tx, Fork.London));
    }

    [Fact]
    public void Validate_GasLimitTimesFeeCapOverflows_IsRejected()
    {
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.DynamicFee), maxFee: UInt256.MaxValue, maxPriorityFee: 1UL));

        Assert.Equal(TransactionError.GasLimitPriceProductOverflow, Rejection(tx, Fork.London));
    }

    [Fact]
    public void Validate_GasLimitBelowIntrinsic_IsIntrinsicGasTooLow()
    {
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.DynamicFee), gasLimit: 21_000));

        Assert.Equal(TransactionError.IntrinsicGasTooLow, Rejection(tx, Fork.Cancun));
    }

    [Fact]
    public void Validate_GasLimitBetweenIntrinsicAndFloor_IsRejectedFromPragueOnly()
    {
        var data = Enumerable.Repeat((byte)0xff, 1000).ToArray();
        var standard = IntrinsicGas.Of(data, false, 0, 0, 0, Fork.Prague);
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.DynamicFee, data: data), gasLimit: standard.Standard + (2 * 2_400) + (2 * 1_900)));

        Assert.Equal(TransactionError.IntrinsicGasBelowFloor, Rejection(tx, Fork.Prague));
        Assert.Equal(TestTransactions.SenderAddress, TransactionValidator.Validate(tx, Fork.Cancun, 1).Sender);
    }

    [Fact]
    public void Validate_InitCodeAboveLimit_IsRejectedFromShanghai()
    {
        var initCode = new byte[Eip3860.MaxInitCodeSize + 1];
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.DynamicFee, create: true, data: initCode), gasLimit: 10_000_000));

        Assert.Equal(TransactionError.InitCodeSizeExceeded, Rejection(tx, Fork.Shanghai));
        Assert.Equal(TestTransactions.SenderAddress, TransactionValidator.Validate(tx, Fork.Paris, 1).Sender);
    }

    [Fact]
    public void Validate_SevenBlobs_IsRejectedInCancunButNotPrague()
    {
        var hashes = Enumerable.Range(0, 7).Select(i => Hash256.Parse("0x01" + i.ToString("x62", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.Blob), blobHashes: hashes));

        Assert.Equal(TransactionError.BlobCountExceeded, Rejection(tx, Fork.Cancun));
        Assert.Equal(TestTransactions.SenderAddress, TransactionValidator.Validate(tx, Fork.Prague, 1).Sender);
    }

    [Fact]
    public void Validate_NoBlobs_IsRejected()
    {
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.Blob), blobHashes: []));

        Assert.Equal(TransactionError.BlobCountZero, Rejection(tx, Fork.Cancun));
    }

    [Fact]
    public void Validate_BlobHashWithVersion2_IsRejected()
    {
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.Blob), blobHashes: [Hash256.Parse("0x02" + new string('0', 62))]));

        Assert.Equal(TransactionError.InvalidBlobVersionedHash, Rejection(tx, Fork.Cancun));
    }

    [Fact]
    public void Validate_SetCodeWithoutAuthorizations_IsRejected()
    {
        var tx = Resigned(Copy(TestTransactions.Unsigned(TransactionType.SetCode), authorizations: []));

        Assert.Equal(TransactionError.EmptyAuthorizationList, Rejection(tx, Fork.Prague));
    }

    [Fact]
    public void Validate_ValidTransaction_ReportsIntrinsicGas()
    {
        var tx = TestTransactions.Signed(TransactionType.DynamicFee);

        var validated = TransactionValidator.Validate(tx, Fork.Cancun, 1);

        Assert.Equal(IntrinsicGas.Of(tx, Fork.Cancun), validated.IntrinsicGas);
        Assert.Same(tx, validated.Transaction);
    }

    private static Transaction WithoutChainId(Transaction tx) => new()
    {
        Nonce = tx.Nonce,
        GasPrice = tx.GasPrice,
        MaxPriorityFeePerGas = tx.GasPrice,
        MaxFeePerGas = tx.GasPrice,
        GasLimit = tx.GasLimit,
        To = tx.To,
        Value = tx.Value,
        Data = tx.Data,
    };

    private static Transaction Copy(
        Transaction tx,
        ulong? nonce = null,
        ulong? gasLimit = null,
        UInt256? maxFee = null,
        UInt256? maxPriorityFee = null,
        IReadOnlyList<Hash256>? blobHashes = null,
        IReadOnlyList<Authorization>? authorizations = null) => new()
    {
        Type = tx.Type,
        ChainId = tx.ChainId,
        Nonce = nonce ?? tx.Nonce,
        GasPrice = maxFee ?? tx.GasPrice,
        MaxPriorityFeePerGas = maxPriorityFee ?? tx.MaxPriorityFeePerGas,
        MaxFeePerGas = maxFee ?? tx.MaxFeePerGas,
        GasLimit = gasLimit ?? tx.GasLimit,
        To = tx.To,
        Value = tx.Value,
        Data = tx.Data,
        AccessList = tx.AccessList,
        MaxFeePerBlobGas = tx.MaxFeePerBlobGas,
        BlobVersionedHashes = blobHashes ?? tx.BlobVersionedHashes,
        AuthorizationList = authorizations ?? tx.AuthorizationList,
    };
}
