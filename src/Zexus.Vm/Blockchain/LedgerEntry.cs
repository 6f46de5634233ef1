using System.Security.Cryptography;
using Zexus.Primitives;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Blockchain;

/// <summary>
/// One entry of a <see cref="Ledger"/> (LEDGER_APPEND, issue 3 item 6; docs/blockchain-semantics.md
/// section 4). Immutable: a ledger's own entries hold a private deep copy of the appended data.
/// </summary>
/// <param name="Index">0-based position in the ledger.</param>
/// <param name="Timestamp">The block-context timestamp given to <see cref="Ledger.Append"/>.</param>
/// <param name="Data">The appended value. Callers must not mutate it: <see cref="Ledger.Verify"/>
/// would (rightly) report the entry as tampered. <see cref="ToValue"/> hands out a copy.</param>
/// <param name="PreviousHash">The previous entry's <paramref name="Hash"/>, or 64 zeros for entry 0.</param>
/// <param name="Hash">64 lowercase hex digits: <see cref="ComputeHash"/> of the other fields.</param>
public sealed record LedgerEntry(long Index, long Timestamp, Value Data, string PreviousHash, string Hash)
{
    /// <summary>
    /// SHA-256 of the canonical encoding of the four-element list
    /// <c>[index, timestamp, data, previous_hash]</c> (integers, the value itself, a string), in
    /// lowercase hex. Equivalently: HASH_BLOCK of that list, so a program can recompute it.
    /// </summary>
    /// <exception cref="ZexusError">The data is cyclic or too large to encode.</exception>
    public static string ComputeHash(long index, long timestamp, Value data, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var preimage = new ZList(new List<Value>(4)
        {
            Value.FromInt(index),
            Value.FromInt(timestamp),
            data,
            Value.FromString(previousHash),
        });
        return Hex.ToHex(SHA256.HashData(CanonicalEncoding.Encode(Value.FromObject(preimage))));
    }

    /// <summary>
    /// A new map <c>{index, timestamp, data, previous_hash, hash}</c> (keys in this order) for a
    /// program to read; <c>data</c> is a deep copy, so the program cannot alter the ledger.
    /// </summary>
    public Value ToValue()
    {
        var map = new ZMap(5);
        map.Set("index", Value.FromInt(Index));
        map.Set("timestamp", Value.FromInt(Timestamp));
        map.Set("data", DeepCopy.Copy(Data));
        map.Set("previous_hash", Value.FromString(PreviousHash));
        map.Set("hash", Value.FromString(Hash));
        return Value.FromObject(map);
    }
}
