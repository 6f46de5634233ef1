using Zexus.Primitives;

namespace Zexus.Host;

/// <summary>
/// What every frame of one transaction shares and reads from it: ORIGIN, GASPRICE (the effective gas
/// price) and BLOBHASH's versioned hashes.
/// </summary>
/// <param name="Origin">T's sender (ORIGIN).</param>
/// <param name="GasPrice">The effective gas price paid per gas (GASPRICE).</param>
/// <param name="BlobHashes">The transaction's blob versioned hashes (EIP-4844); empty otherwise.</param>
public sealed record TransactionContext(Address Origin, UInt256 GasPrice, IReadOnlyList<Hash256> BlobHashes);
