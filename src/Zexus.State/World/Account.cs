using Zexus.Primitives;

namespace Zexus.State.World;

/// <summary>
/// One account of the world state (Yellow Paper section 4.1: nonce, balance, code, storage) as
/// <see cref="WorldState"/> keeps it in memory. Mutable: every change goes through the world
/// state, which journals it first.
/// </summary>
internal sealed class Account
{
    private static readonly byte[] NoCode = [];

    /// <summary>σ[a]_n.</summary>
    public ulong Nonce { get; set; }

    /// <summary>σ[a]_b.</summary>
    public UInt256 Balance { get; set; }

    /// <summary>The code (b); empty for externally owned accounts.</summary>
    public ReadOnlyMemory<byte> Code { get; private set; } = NoCode;

    /// <summary>σ[a]_c = KEC(code).</summary>
    public Hash256 CodeHash { get; private set; } = WorldState.EmptyCodeHash;

    /// <summary>The non-zero storage slots.</summary>
    public Dictionary<UInt256, UInt256> Storage { get; private set; } = [];

    /// <summary>σ[a]_s when computed and the storage has not changed since; null otherwise.</summary>
    public Hash256? CachedStorageRoot { get; set; }

    /// <summary>EIP-161 emptiness: nonce 0, balance 0, no code.</summary>
    public bool IsEmpty => Nonce == 0 && Balance.IsZero && Code.IsEmpty;

    /// <summary>Sets the code and its hash.</summary>
    public void SetCode(ReadOnlyMemory<byte> code, Hash256 hash)
    {
        Code = code;
        CodeHash = hash;
    }

    /// <summary>A deep copy (the storage dictionary is copied).</summary>
    public Account Clone() => new()
    {
        Nonce = Nonce,
        Balance = Balance,
        Code = Code,
        CodeHash = CodeHash,
        Storage = new Dictionary<UInt256, UInt256>(Storage),
        CachedStorageRoot = CachedStorageRoot,
    };
}
