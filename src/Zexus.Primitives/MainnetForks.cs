namespace Zexus.Primitives;

/// <summary>
/// When each <see cref="Fork"/> activated on Ethereum mainnet (chain id 1): by block number up to
/// Paris, by block timestamp from Shanghai on (EIP-3675 ended block-number scheduling).
/// </summary>
/// <remarks>
/// Constantinople and Petersburg share block 7,280,000: Constantinople was withdrawn before it
/// activated, so mainnet went straight to Petersburg there. Paris is reported at 15,537,394, the
/// first proof-of-stake block; the fork itself was triggered by terminal total difficulty
/// 58,750,000,000,000,000,000,000. Osaka has no mainnet time here yet.
/// </remarks>
public static class MainnetForks
{
    /// <summary>Mainnet chain id (EIP-155).</summary>
    public const ulong ChainId = 1;

    /// <summary>The block-number activations, in fork order.</summary>
    private static readonly (Fork Fork, ulong Block)[] BlockActivations =
    [
        (Fork.Frontier, 0),
        (Fork.Homestead, 1_150_000),
        (Fork.TangerineWhistle, 2_463_000),
        (Fork.SpuriousDragon, 2_675_000),
        (Fork.Byzantium, 4_370_000),
        (Fork.Constantinople, 7_280_000),
        (Fork.Petersburg, 7_280_000),
        (Fork.Istanbul, 9_069_000),
        (Fork.Berlin, 12_244_000),
        (Fork.London, 12_965_000),
        (Fork.Paris, 15_537_394),
    ];

    /// <summary>The timestamp activations (Unix seconds), in fork order.</summary>
    private static readonly (Fork Fork, ulong Timestamp)[] TimeActivations =
    [
        (Fork.Shanghai, 1_681_338_455),
        (Fork.Cancun, 1_710_338_135),
        (Fork.Prague, 1_746_612_311),
    ];

    /// <summary>The first mainnet block of a block-scheduled fork (Frontier … Paris), else null.</summary>
    public static ulong? ActivationBlock(Fork fork)
    {
        foreach ((Fork f, ulong block) in BlockActivations)
        {
            if (f == fork)
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>The activation timestamp of a time-scheduled fork (Shanghai, Cancun, Prague), else null.</summary>
    public static ulong? ActivationTimestamp(Fork fork)
    {
        foreach ((Fork f, ulong timestamp) in TimeActivations)
        {
            if (f == fork)
            {
                return timestamp;
            }
        }

        return null;
    }

    /// <summary>
    /// The fork in force on mainnet for a block with this number and timestamp: the latest
    /// activated fork (Petersburg, never Constantinople, from block 7,280,000).
    /// </summary>
    public static Fork At(ulong blockNumber, ulong timestamp)
    {
        Fork current = Fork.Frontier;
        foreach ((Fork f, ulong block) in BlockActivations)
        {
            if (blockNumber >= block)
            {
                current = f;
            }
        }

        if (current < Fork.Paris)
        {
            return current;
        }

        foreach ((Fork f, ulong time) in TimeActivations)
        {
            if (timestamp >= time)
            {
                current = f;
            }
        }

        return current;
    }
}
