using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// Which addresses are precompiled contracts in each fork (Yellow Paper appendix E and the EIPs
/// that add them) and which <see cref="Precompile"/> class implements each. An address that is a
/// precompile but has no class yet is still a precompile — warm from the start of a transaction and
/// treated as one by calls — and a call to it ends the transaction with a clear
/// "precompile 0xNN (NAME) not implemented" (<see cref="Execution.EvmStatus.NotImplemented"/>).
/// </summary>
public sealed class PrecompileSet
{
    /// <summary>The highest precompile number of any fork (0x11, BLS12_MAP_FP2_TO_G2, Prague).</summary>
    public const int MaxNumber = 0x11;

    // Every precompile of mainnet up to Prague: number, name, first fork.
    private static readonly (string Name, Fork Since)[] Known =
    [
        default,
        ("ECRECOVER", Fork.Frontier),
        ("SHA256", Fork.Frontier),
        ("RIPEMD160", Fork.Frontier),
        ("IDENTITY", Fork.Frontier),
        ("MODEXP", Fork.Byzantium), // EIP-198
        ("BN254_ADD", Fork.Byzantium), // EIP-196
        ("BN254_MUL", Fork.Byzantium), // EIP-196
        ("BN254_PAIRING", Fork.Byzantium), // EIP-197
        ("BLAKE2F", Fork.Istanbul), // EIP-152
        ("KZG_POINT_EVALUATION", Fork.Cancun), // EIP-4844
        ("BLS12_G1ADD", Fork.Prague), // EIP-2537
        ("BLS12_G1MSM", Fork.Prague),
        ("BLS12_G2ADD", Fork.Prague),
        ("BLS12_G2MSM", Fork.Prague),
        ("BLS12_PAIRING_CHECK", Fork.Prague),
        ("BLS12_MAP_FP_TO_G1", Fork.Prague),
        ("BLS12_MAP_FP2_TO_G2", Fork.Prague),
    ];

    private readonly Precompile?[] _byNumber = new Precompile?[MaxNumber + 1];
    private readonly Address[][] _addressesByFork;

    /// <summary>A set whose precompiles are implemented by <paramref name="implementations"/> (the others report "not implemented").</summary>
    public PrecompileSet(IEnumerable<Precompile> implementations)
    {
        ArgumentNullException.ThrowIfNull(implementations);
        foreach (Precompile precompile in implementations)
        {
            int number = NumberOf(precompile.Address);
            if (number is < 1 or > MaxNumber)
            {
                throw new ArgumentException($"{precompile.Name} at {precompile.Address} is not a known precompile address", nameof(implementations));
            }

            _byNumber[number] = precompile;
        }

        var forks = Enum.GetValues<Fork>();
        _addressesByFork = new Address[forks.Length][];
        foreach (Fork fork in forks)
        {
            _addressesByFork[(int)fork] = [.. Enumerable.Range(1, MaxNumber).Where(n => Known[n].Since <= fork).Select(AddressOf)];
        }
    }

    /// <summary>The implementations this build has. Add a precompile class here once it exists.</summary>
    public static PrecompileSet Default { get; } = new(Implementations());

    /// <summary>The precompile addresses of <paramref name="fork"/> (warm from the start of a transaction from Berlin on, EIP-2929).</summary>
    public IReadOnlyList<Address> AddressesOf(Fork fork) => _addressesByFork[(int)fork];

    /// <summary>Whether <paramref name="address"/> is a precompile in <paramref name="fork"/>.</summary>
    public static bool IsPrecompile(in Address address, Fork fork)
    {
        int number = NumberOf(address);
        return number is >= 1 and <= MaxNumber && Known[number].Since <= fork;
    }

    /// <summary>
    /// Whether <paramref name="address"/> is a precompile in <paramref name="fork"/>; if so,
    /// <paramref name="implementation"/> is its class (null while none exists) and <paramref name="name"/> its name.
    /// </summary>
    public bool TryGet(in Address address, Fork fork, out Precompile? implementation, out string name)
    {
        int number = NumberOf(address);
        if (number is < 1 or > MaxNumber || Known[number].Since > fork)
        {
            implementation = null;
            name = string.Empty;
            return false;
        }

        implementation = _byNumber[number];
        name = Known[number].Name;
        return true;
    }

    /// <summary>The reason reported for a call to a precompile without an implementation.</summary>
    public static string NotImplementedReason(in Address address, string name) =>
        $"precompile 0x{NumberOf(address):x2} ({name}) not implemented";

    /// <summary>The address of precompile <paramref name="number"/>.</summary>
    public static Address AddressOf(int number)
    {
        Span<byte> bytes = stackalloc byte[Address.Size];
        bytes.Clear();
        bytes[^1] = (byte)number;
        return new Address(bytes);
    }

    // The list of precompile classes: one line per class, in address order.
    private static Precompile[] Implementations() =>
    [
        EcRecoverPrecompile.Instance,
        Sha256Precompile.Instance,
        Ripemd160Precompile.Instance,
        IdentityPrecompile.Instance,
        ModExpPrecompile.Instance,
        Bn254AddPrecompile.Instance,
        Bn254MulPrecompile.Instance,
        Bn254PairingPrecompile.Instance,
        Blake2FPrecompile.Instance,
        PointEvaluationPrecompile.Instance,
        Bls12G1AddPrecompile.Instance,
        Bls12G1MsmPrecompile.Instance,
        Bls12G2AddPrecompile.Instance,
        Bls12G2MsmPrecompile.Instance,
        Bls12PairingCheckPrecompile.Instance,
        Bls12MapFpToG1Precompile.Instance,
        Bls12MapFp2ToG2Precompile.Instance,
    ];

    private static int NumberOf(in Address address)
    {
        UInt256 word = address.ToUInt256();
        return (word.u1 | word.u2 | word.u3) != 0 || word.u0 > MaxNumber ? -1 : (int)word.u0;
    }
}
