using Zexus.Primitives;

namespace Zexus.Host;

/// <summary>
/// The seam between every engine and the world (DESIGN.md): the journaled world state plus the
/// block context and the hashes of recent blocks. The EVM, the ZVM and later the WASM bridge see
/// the world only through this interface.
/// </summary>
public interface IHost : IWorldState
{
    /// <summary>The block being executed.</summary>
    BlockContext Block { get; }

    /// <summary>The hash of block <paramref name="number"/> (BLOCKHASH), or zero when it is unknown.</summary>
    Hash256 GetBlockHash(ulong number);
}
