namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-4844: shard blob transactions, type 3 (<see href="https://eips.ethereum.org/EIPS/eip-4844"/>; Cancun).
/// </summary>
public static class Eip4844
{
    /// <summary>BLOBHASH (G_verylow).</summary>
    public const int BlobHashCost = 3;

    /// <summary>The EIP-2718 type of a blob transaction.</summary>
    public const byte TransactionType = 0x03;

    /// <summary>The first byte of a versioned hash of a KZG commitment.</summary>
    public const byte VersionedHashVersionKzg = 0x01;

    /// <summary>Blob gas per blob (2^17).</summary>
    public const ulong GasPerBlob = 131_072;

    /// <summary>The most blobs a block may carry in Cancun (MAX_BLOB_GAS_PER_BLOCK / GAS_PER_BLOB).</summary>
    public const int MaxBlobsPerBlock = 6;

    /// <summary>The target number of blobs per block in Cancun.</summary>
    public const int TargetBlobsPerBlock = 3;
}
