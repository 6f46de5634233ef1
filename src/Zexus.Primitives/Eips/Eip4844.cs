using System.Numerics;

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

    /// <summary>MIN_BASE_FEE_PER_BLOB_GAS: the blob base fee at zero excess blob gas.</summary>
    public const ulong MinBaseFeePerBlobGas = 1;

    /// <summary>BLOB_BASE_FEE_UPDATE_FRACTION in Cancun.</summary>
    public const ulong BaseFeeUpdateFraction = 3_338_477;

    /// <summary>
    /// The blob base fee for <paramref name="excessBlobGas"/>: fake_exponential(MIN_BASE_FEE_PER_BLOB_GAS,
    /// excess, update fraction), the EIP's integer approximation of factor · e^(numerator / denominator).
    /// </summary>
    public static UInt256 BlobBaseFee(ulong excessBlobGas, ulong updateFraction) =>
        UInt256.FromBigInteger(FakeExponential(MinBaseFeePerBlobGas, excessBlobGas, updateFraction));

    /// <summary>The EIP's fake_exponential(factor, numerator, denominator), exactly as specified.</summary>
    public static BigInteger FakeExponential(BigInteger factor, BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "the denominator must not be zero");
        }

        BigInteger output = 0;
        BigInteger accumulator = factor * denominator;
        for (int i = 1; accumulator > 0; i++)
        {
            output += accumulator;
            accumulator = accumulator * numerator / (denominator * i);
        }

        return output / denominator;
    }
}
