using System.Security.Cryptography;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// secp256k1 ECDSA built-ins (LANGUAGE.md 9.7): <c>signature</c>, <c>verify_sig</c>,
/// <c>generateKeypair</c>, <c>deriveAddress</c>. Keys and signatures are hex strings; the message
/// digest is SHA-256 of the data (9.1 data conversion).
/// </summary>
internal static class SignatureBuiltins
{
    private const int PrivateKeyBytes = 32;

    public static ZBuiltin[] Create() =>
    [
        new("signature", 2, 3, (_, a) => Sign(a)),
        new("verify_sig", 3, 4, (_, a) => Verify(a)),
        new("generateKeypair", 0, 1, (_, a) => GenerateKeypair(a)),
        new("deriveAddress", 1, 2, (_, a) => DeriveAddress(a)),
    ];

    /// <summary>Order of checks (9.7): argument 2's kind, then the algorithm, then the key's validity.</summary>
    private static Value Sign(ReadOnlySpan<Value> args)
    {
        var keyText = Args.String("signature", args, 1);
        CheckAlgorithm("signature", args, 2);
        if (!Hex.TryParse(keyText, out var priv) || priv.Length != PrivateKeyBytes || !Secp256k1.IsValidPrivateKey(priv))
        {
            throw new ZexusError("signature(): invalid private key");
        }

        var z = SHA256.HashData(HashBuiltins.Data(args[0]));
        return Value.FromString(Hex.ToHex(Secp256k1.Sign(z, priv)));
    }

    /// <summary>Bad signatures and keys of any shape give false; only an unsupported algorithm is an error.</summary>
    private static Value Verify(ReadOnlySpan<Value> args)
    {
        CheckAlgorithm("verify_sig", args, 3);
        var sig = args[1];
        var pub = args[2];
        if (sig.Kind != ValueKind.String || pub.Kind != ValueKind.String)
        {
            return Value.False;
        }

        if (!Hex.TryParse(sig.AsString, out var sigBytes) || !Hex.TryParse(pub.AsString, out var pubBytes))
        {
            return Value.False;
        }

        // Verify itself rejects wrong lengths, r or s out of range and keys off the curve with false.
        var z = SHA256.HashData(HashBuiltins.Data(args[0]));
        return Value.FromBool(Secp256k1.Verify(z, sigBytes, pubBytes));
    }

    /// <summary>A fresh key from the OS randomness source; the map keeps this key order.</summary>
    private static Value GenerateKeypair(ReadOnlySpan<Value> args)
    {
        CheckAlgorithm("generateKeypair", args, 0);
        var priv = Secp256k1.GeneratePrivateKey();
        var map = new ZMap(2);
        map.Set("private_key", Value.FromString(Hex.ToHex(priv)));
        map.Set("public_key", Value.FromString(Hex.ToHex(Secp256k1.PublicKeyFromPrivate(priv))));
        return Value.FromObject(map);
    }

    /// <summary>
    /// The Ethereum address: last 20 bytes of Keccak-256(X ‖ Y). The prefix's kind is checked before
    /// the key's validity, as for <c>signature</c> (kinds first, then values).
    /// </summary>
    private static Value DeriveAddress(ReadOnlySpan<Value> args)
    {
        var prefix = args.Length == 2 ? Args.String("deriveAddress", args, 1) : "0x";
        var pub = args[0];
        if (pub.Kind != ValueKind.String || !Hex.TryParse(pub.AsString, out var encoded) ||
            !Secp256k1.TryDeriveAddress(encoded, out var address))
        {
            throw new ZexusError("deriveAddress(): invalid public key");
        }

        return Value.FromString(prefix + Hex.ToHex(address));
    }

    /// <summary>The optional algorithm argument at <paramref name="index"/>: a string equal to ECDSA ignoring case.</summary>
    private static void CheckAlgorithm(string name, ReadOnlySpan<Value> args, int index)
    {
        if (args.Length <= index)
        {
            return;
        }

        var alg = Args.String(name, args, index);
        if (!HashBuiltins.AsciiEquals(alg, "ECDSA"))
        {
            throw new ZexusError("Unsupported signature algorithm: " + alg);
        }
    }
}
