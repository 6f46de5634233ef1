using System.Diagnostics.CodeAnalysis;

namespace Zexus.Primitives;

/// <summary>
/// The fork names used as keys of the Ethereum state and blockchain tests
/// (ethereum/tests, ethereum/execution-spec-tests), mapped to <see cref="Fork"/>.
/// </summary>
/// <remarks>
/// Names are case-sensitive, exactly as they appear in the fixture files. Transition networks
/// (<c>BerlinToLondonAt5</c>, …) are not single forks and are not recognised.
/// </remarks>
public static class ForkNames
{
    /// <summary>
    /// Parses a state-test fork name: <c>Frontier</c>, <c>Homestead</c>, <c>EIP150</c>,
    /// <c>EIP158</c>, <c>Byzantium</c>, <c>Constantinople</c>, <c>ConstantinopleFix</c>,
    /// <c>Istanbul</c>, <c>Berlin</c>, <c>London</c>, <c>Merge</c> or <c>Paris</c>,
    /// <c>Shanghai</c>, <c>Cancun</c>, <c>Prague</c>, <c>Osaka</c>.
    /// </summary>
    /// <returns><see langword="false"/> for any other name (including other letter cases).</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out Fork fork)
    {
        Fork? parsed = name switch
        {
            "Frontier" => Fork.Frontier,
            "Homestead" => Fork.Homestead,
            "EIP150" => Fork.TangerineWhistle,
            "EIP158" => Fork.SpuriousDragon,
            "Byzantium" => Fork.Byzantium,
            "Constantinople" => Fork.Constantinople,
            "ConstantinopleFix" => Fork.Petersburg,
            "Istanbul" => Fork.Istanbul,
            "Berlin" => Fork.Berlin,
            "London" => Fork.London,
            "Merge" or "Paris" => Fork.Paris,
            "Shanghai" => Fork.Shanghai,
            "Cancun" => Fork.Cancun,
            "Prague" => Fork.Prague,
            "Osaka" => Fork.Osaka,
            _ => null,
        };
        fork = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">Not a state-test fork name.</exception>
    public static Fork Parse(string name) =>
        TryParse(name, out Fork fork) ? fork : throw new FormatException($"Unknown fork name '{name}'.");

    /// <summary>
    /// The name the current state tests use for <paramref name="fork"/> (<c>EIP150</c>,
    /// <c>EIP158</c>, <c>ConstantinopleFix</c>, <c>Paris</c> for the renamed ones).
    /// </summary>
    public static string ToTestName(Fork fork) => fork switch
    {
        Fork.TangerineWhistle => "EIP150",
        Fork.SpuriousDragon => "EIP158",
        Fork.Petersburg => "ConstantinopleFix",
        _ => fork.ToString(),
    };
}
