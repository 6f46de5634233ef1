using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Execution;

/// <summary>
/// EIP-7702 delegation designators (Prague): an account whose code is exactly
/// <c>0xef0100 ‖ address</c> runs the code of <c>address</c> when called.
/// </summary>
public static class Delegation
{
    /// <summary>Whether <paramref name="code"/> is a delegation designator; if so, <paramref name="delegate"/> is its target.</summary>
    public static bool TryGetDelegate(ReadOnlySpan<byte> code, out Address @delegate)
    {
        if (code.Length == Eip7702.DesignatorLength && code.StartsWith(Eip7702.DelegationMarker))
        {
            @delegate = new Address(code[Eip7702.DelegationMarker.Length..]);
            return true;
        }

        @delegate = default;
        return false;
    }

    /// <summary>The designator code that delegates to <paramref name="target"/>.</summary>
    public static byte[] Designator(in Address target)
    {
        var code = new byte[Eip7702.DesignatorLength];
        Eip7702.DelegationMarker.CopyTo(code);
        target.WriteTo(code.AsSpan(Eip7702.DelegationMarker.Length));
        return code;
    }
}
