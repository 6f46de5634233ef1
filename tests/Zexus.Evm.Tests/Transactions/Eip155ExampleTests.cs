using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Transactions;

/// <summary>The worked example in the text of EIP-155 (https://eips.ethereum.org/EIPS/eip-155).</summary>
public class Eip155ExampleTests
{
    private const string SigningData = "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";
    private const string SigningHash = "0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53";
    private const string SignedTransaction =
        "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

    private static Transaction Unsigned() => new()
    {
        ChainId = 1,
        Nonce = 9,
        GasPrice = 20_000_000_000UL,
        MaxPriorityFeePerGas = 20_000_000_000UL,
        MaxFeePerGas = 20_000_000_000UL,
        GasLimit = 21_000,
        To = TestTransactions.Destination,
        Value = UInt256.Parse("1000000000000000000"),
    };

    [Fact]
    public void SigningHash_Eip155Example_MatchesTheEip()
    {
        var unsigned = Unsigned();

        Assert.Equal(Hex.Parse(SigningData), unsigned.EncodeForSigning());
        Assert.Equal(Hash256.Parse(SigningHash), unsigned.SigningHash());
    }

    [Fact]
    public void Decode_Eip155ExampleSignedTransaction_GivesChainIdSigningHashAndSender()
    {
        var tx = TransactionDecoder.Decode(Hex.Parse(SignedTransaction));

        Assert.Equal(TransactionType.Legacy, tx.Type);
        Assert.Equal(37UL, (ulong)tx.V);
        Assert.Equal(1UL, tx.ChainId);
        Assert.Equal(0, tx.YParity);
        Assert.Equal(Hash256.Parse(SigningHash), tx.SigningHash());
        Assert.Equal(TestTransactions.SenderAddress, SenderRecovery.Recover(tx, Fork.SpuriousDragon));
    }

    [Fact]
    public void Sign_Eip155ExampleWithItsKey_GivesTheEipsSignedBytes()
    {
        var signed = TransactionSigner.Sign(Unsigned(), TestTransactions.PrivateKey);

        Assert.Equal(SignedTransaction, "0x" + Hex.ToHex(signed.Encode()));
    }

    [Fact]
    public void Validate_Eip155ExampleBeforeSpuriousDragon_IsRejected()
    {
        var tx = TransactionDecoder.Decode(Hex.Parse(SignedTransaction));

        var error = Assert.Throws<TransactionException>(() => TransactionValidator.Validate(tx, Fork.TangerineWhistle, chainId: 1));

        Assert.Equal(TransactionError.InvalidSignature, error.Error);
    }

    [Fact]
    public void Validate_Eip155ExampleOnAnotherChain_IsRejectedForChainId()
    {
        var tx = TransactionDecoder.Decode(Hex.Parse(SignedTransaction));

        var error = Assert.Throws<TransactionException>(() => TransactionValidator.Validate(tx, Fork.Cancun, chainId: 5));

        Assert.Equal(TransactionError.InvalidChainId, error.Error);
    }
}
