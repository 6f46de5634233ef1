using Zexus.Crypto;
using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Transactions;

/// <summary>Signed sample transactions of every type, with every optional field populated.</summary>
internal static class TestTransactions
{
    /// <summary>The private key 0x4646…46 of the EIP-155 example.</summary>
    public static readonly byte[] PrivateKey = Hex.Parse("0x4646464646464646464646464646464646464646464646464646464646464646");

    /// <summary>The address of <see cref="PrivateKey"/>.</summary>
    public static readonly Address SenderAddress = Address.Parse("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");

    public static readonly Address Destination = Address.Parse("0x3535353535353535353535353535353535353535");

    public static IReadOnlyList<AccessListItem> SampleAccessList { get; } =
    [
        new(Address.Parse("0x00000000000000000000000000000000000000aa"), [Hash256.Zero, Hash256.Parse("0x" + new string('1', 64))]),
        new(Address.Parse("0x00000000000000000000000000000000000000bb"), []),
    ];

    /// <summary>An unsigned transaction of <paramref name="type"/>; <paramref name="create"/> leaves out the destination (types 0 to 2).</summary>
    public static Transaction Unsigned(TransactionType type, bool create = false, byte[]? data = null) => new()
    {
        Type = type,
        ChainId = 1,
        Nonce = 9,
        GasPrice = type < TransactionType.DynamicFee ? 20_000_000_000UL : 30_000_000_000UL,
        MaxPriorityFeePerGas = type < TransactionType.DynamicFee ? 20_000_000_000UL : 2_000_000_000UL,
        MaxFeePerGas = type < TransactionType.DynamicFee ? 20_000_000_000UL : 30_000_000_000UL,
        GasLimit = 1_000_000,
        To = create ? null : Destination,
        Value = UInt256.Parse("1000000000000000000"),
        Data = data ?? Hex.Parse("0x00ff00ee"),
        AccessList = type == TransactionType.Legacy ? [] : SampleAccessList,
        MaxFeePerBlobGas = type == TransactionType.Blob ? 7UL : 0UL,
        BlobVersionedHashes = type == TransactionType.Blob ? [Hash256.Parse("0x01" + new string('2', 62)), Hash256.Parse("0x01" + new string('3', 62))] : [],
        AuthorizationList = type == TransactionType.SetCode
            ? [TransactionSigner.SignAuthorization(1, Destination, 3, Secp256k1Key2), TransactionSigner.SignAuthorization(0, Destination, 0, PrivateKey)]
            : [],
    };

    /// <summary>A second key, 0x01…01 repeated, for authorizations.</summary>
    public static byte[] Secp256k1Key2 { get; } = Enumerable.Repeat((byte)1, Secp256k1.ScalarLength).ToArray();

    public static Transaction Signed(TransactionType type, bool create = false, byte[]? data = null) =>
        TransactionSigner.Sign(Unsigned(type, create, data), PrivateKey);
}
