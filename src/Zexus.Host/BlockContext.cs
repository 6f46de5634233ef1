using Zexus.Primitives;

namespace Zexus.Host;

/// <summary>
/// The block a transaction executes in (Yellow Paper section 4.3, H): what COINBASE, NUMBER,
/// TIMESTAMP, GASLIMIT, PREVRANDAO/DIFFICULTY, BASEFEE, BLOBBASEFEE and CHAINID read, and what the
/// ZVM's deterministic time comes from. Immutable.
/// </summary>
public sealed record BlockContext
{
    /// <summary>H_c: the beneficiary that receives the priority fees.</summary>
    public Address Coinbase { get; init; }

    /// <summary>H_i: the block number.</summary>
    public ulong Number { get; init; }

    /// <summary>H_s: the block timestamp in seconds.</summary>
    public ulong Timestamp { get; init; }

    /// <summary>H_l: the block gas limit.</summary>
    public ulong GasLimit { get; init; }

    /// <summary>H_d: the difficulty (before the Merge; DIFFICULTY reads it).</summary>
    public UInt256 Difficulty { get; init; }

    /// <summary>H_a: the RANDAO mix (from the Merge on; PREVRANDAO reads it, EIP-4399).</summary>
    public Hash256 PrevRandao { get; init; }

    /// <summary>H_f: the base fee per gas (EIP-1559; zero before London).</summary>
    public UInt256 BaseFee { get; init; }

    /// <summary>The blob base fee per blob gas (EIP-4844, EIP-7516), derived from the excess blob gas.</summary>
    public UInt256 BlobBaseFee { get; init; }

    /// <summary>The excess blob gas of the block (EIP-4844), when the fork has blobs.</summary>
    public ulong? ExcessBlobGas { get; init; }

    /// <summary>The chain id (EIP-155, CHAINID of EIP-1344).</summary>
    public ulong ChainId { get; init; } = 1;
}
