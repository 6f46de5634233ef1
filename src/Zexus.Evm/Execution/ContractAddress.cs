using Zexus.Primitives;

namespace Zexus.Evm.Execution;

/// <summary>Where CREATE and CREATE2 put a new contract (Yellow Paper section 7, equation 86; EIP-1014).</summary>
public static class ContractAddress
{
    /// <summary>CREATE and creation transactions: the low 20 bytes of keccak(rlp([sender, nonce])).</summary>
    public static Address FromNonce(in Address sender, ulong nonce)
    {
        byte[] encoded = Rlp.EncodeList(Rlp.EncodeBytes(sender.ToArray()), Rlp.EncodeULong(nonce));
        return FromHash(Keccak.Keccak256(encoded));
    }

    /// <summary>CREATE2 (EIP-1014): the low 20 bytes of keccak(0xff ‖ sender ‖ salt ‖ keccak(initcode)).</summary>
    public static Address FromSalt(in Address sender, in UInt256 salt, ReadOnlySpan<byte> initCode)
    {
        Span<byte> preimage = stackalloc byte[1 + Address.Size + 32 + 32];
        preimage[0] = 0xFF;
        sender.WriteTo(preimage.Slice(1, Address.Size));
        salt.WriteBigEndian(preimage.Slice(1 + Address.Size, 32));
        Keccak.Keccak256(initCode, preimage[(1 + Address.Size + 32)..]);
        return FromHash(Keccak.Keccak256(preimage));
    }

    private static Address FromHash(ReadOnlySpan<byte> hash) => new(hash[12..]);
}
