using System.Security.Cryptography;
using System.Text;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// <c>hash(data)</c>, <c>hash(data, alg)</c> and <c>keccak256(data)</c> (LANGUAGE.md 9.6). SHA-3 comes
/// from the managed Keccak rather than the platform, whose SHA-3 support depends on the OS.
/// </summary>
internal static class HashBuiltins
{
    public static ZBuiltin[] Create() =>
    [
        new("hash", 1, 2, (_, a) => Hash(a)),
        new("keccak256", 1, 1, (_, a) => Value.FromString("0x" + Hex.ToHex(Keccak.Keccak256(Data(a[0]))))),
    ];

    /// <summary>"Data" of 9.1: a string's UTF-8 bytes, any other value's text form (section 4) as UTF-8.</summary>
    public static byte[] Data(Value v) =>
        Encoding.UTF8.GetBytes(v.Kind == ValueKind.String ? v.AsString : TextForm.Of(v));

    private static Value Hash(ReadOnlySpan<Value> args)
    {
        var alg = args.Length == 2 ? Args.String("hash", args, 1) : "SHA256";
        var data = Data(args[0]);
        byte[] digest;
        if (AsciiEquals(alg, "SHA256"))
        {
            digest = SHA256.HashData(data);
        }
        else if (AsciiEquals(alg, "SHA512"))
        {
            digest = SHA512.HashData(data);
        }
        else if (AsciiEquals(alg, "SHA3-256"))
        {
            digest = Keccak.Sha3_256(data);
        }
        else if (AsciiEquals(alg, "SHA3-512"))
        {
            digest = Keccak.Sha3_512(data);
        }
        else if (AsciiEquals(alg, "BLAKE2B"))
        {
            digest = Blake2b.Hash(data, 64);
        }
        else if (AsciiEquals(alg, "BLAKE2S"))
        {
            digest = Blake2s.Hash(data, 32);
        }
        else if (AsciiEquals(alg, "KECCAK256"))
        {
            digest = Keccak.Keccak256(data);
        }
        else
        {
            throw new ZexusError("Unsupported hash algorithm: " + alg);
        }

        return Value.FromString(Hex.ToHex(digest));
    }

    /// <summary>
    /// Name match ignoring letter case, ASCII only: culture or full Unicode case folding would also
    /// accept look-alikes such as U+017F (long s) for "S".
    /// </summary>
    public static bool AsciiEquals(string name, string upperExpected)
    {
        if (name.Length != upperExpected.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - ('a' - 'A'));
            }

            if (c != upperExpected[i])
            {
                return false;
            }
        }

        return true;
    }
}
