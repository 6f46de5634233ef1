using System.Runtime.CompilerServices;
using Zexus.Evm.Execution;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Instructions;

/// <summary>The access-list charges of EIP-2929 and the EIP-161 touch, shared by the host opcodes.</summary>
internal static class StateAccess
{
    /// <summary>The dynamic surcharge of a cold account access: the static table already holds the warm cost.</summary>
    public const int ColdAccountSurcharge = Eip2929.ColdAccountAccessCost - Eip2929.WarmStorageReadCost;

    /// <summary>The dynamic surcharge of a cold storage-slot access over the warm cost.</summary>
    public const int ColdSloadSurcharge = Eip2929.ColdSloadCost - Eip2929.WarmStorageReadCost;

    /// <summary>
    /// From Berlin on, warms <paramref name="address"/> and charges the cold surcharge if it was cold.
    /// False means out of gas.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ChargeAccountAccess(EvmContext context, in Address address, ref long gas)
    {
        if (context.Fork >= Fork.Berlin && context.Host.WarmUpAccount(address))
        {
            gas -= ColdAccountSurcharge;
            return gas >= 0;
        }

        return true;
    }

    /// <summary>
    /// Touches <paramref name="address"/>: before EIP-161 (Spurious Dragon) a touch brings an empty
    /// account into being for good; from then on it only marks it, and an empty touched account is
    /// deleted at the end of the transaction.
    /// </summary>
    public static void Touch(EvmContext context, in Address address)
    {
        if (context.Fork >= Fork.SpuriousDragon)
        {
            context.Host.Touch(address);
        }
        else
        {
            context.Host.CreateAccountIfAbsent(address);
        }
    }

    /// <summary>Moves <paramref name="value"/> wei (the caller has checked the balance); a zero value moves nothing.</summary>
    public static void Transfer(EvmContext context, in Address from, in Address to, in UInt256 value)
    {
        if (!value.IsZero)
        {
            context.Host.SubtractBalance(from, value);
            context.Host.AddBalance(to, value);
        }
    }
}
