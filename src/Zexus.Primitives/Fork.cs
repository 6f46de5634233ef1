namespace Zexus.Primitives;

/// <summary>
/// Ethereum protocol upgrades that change EVM or transaction rules, in activation order, so rules
/// are queried as <c>fork &gt;= Fork.Berlin</c>. Names follow the execution-layer specifications
/// (ethereum/execution-specs); <see cref="ForkNames"/> maps the state-test spellings and
/// <see cref="MainnetForks"/> gives the mainnet activation points.
/// </summary>
/// <remarks>
/// Difficulty-bomb delays (Muir Glacier, Arrow Glacier, Gray Glacier) and the DAO fork change no
/// execution rule and are not listed.
/// </remarks>
public enum Fork
{
    /// <summary>Launch (July 2015).</summary>
    Frontier,

    /// <summary>EIP-2, EIP-7, EIP-8.</summary>
    Homestead,

    /// <summary>EIP-150: gas repricing of IO-heavy operations, the 63/64 call-gas rule.</summary>
    TangerineWhistle,

    /// <summary>EIP-155, EIP-160, EIP-161, EIP-170.</summary>
    SpuriousDragon,

    /// <summary>Metropolis part 1: REVERT, RETURNDATA*, STATICCALL, precompiles 5-8 (EIP-609).</summary>
    Byzantium,

    /// <summary>SHL/SHR/SAR, CREATE2, EXTCODEHASH, net SSTORE metering (EIP-1013).</summary>
    Constantinople,

    /// <summary>Constantinople without EIP-1283 (EIP-1716); the "ConstantinopleFix" of the state tests.</summary>
    Petersburg,

    /// <summary>EIP-1344, EIP-1884, EIP-2028, EIP-2200, EIP-152 (EIP-1679).</summary>
    Istanbul,

    /// <summary>EIP-2565, EIP-2929, EIP-2718, EIP-2930.</summary>
    Berlin,

    /// <summary>EIP-1559, EIP-3198, EIP-3529, EIP-3541.</summary>
    London,

    /// <summary>The Merge (EIP-3675): PREVRANDAO (EIP-4399); the "Merge" of older state tests.</summary>
    Paris,

    /// <summary>EIP-3651, EIP-3855, EIP-3860, EIP-4895.</summary>
    Shanghai,

    /// <summary>EIP-1153, EIP-4788, EIP-4844, EIP-5656, EIP-6780, EIP-7516.</summary>
    Cancun,

    /// <summary>EIP-2537, EIP-2935, EIP-6110, EIP-7002, EIP-7251, EIP-7623, EIP-7685, EIP-7702.</summary>
    Prague,

    /// <summary>EIP-7594, EIP-7823, EIP-7825, EIP-7883, EIP-7939, EIP-7951 and others (EIP-7607).</summary>
    Osaka,
}
