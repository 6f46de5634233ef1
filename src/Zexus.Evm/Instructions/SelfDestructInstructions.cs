using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Instructions;

/// <summary>SELFDESTRUCT (0xFF) in every fork.</summary>
public static class SelfDestructInstructions
{
    /// <summary>
    /// SELFDESTRUCT(beneficiary): sends the whole balance to the beneficiary and ends the frame.
    /// Gas: nothing before EIP-150; 5000 (static) + 25000 when it brings the beneficiary into being
    /// (EIP-150: absent; EIP-161: dead and a non-zero balance moves) + the EIP-2929 cold surcharge.
    /// The account is deleted at the end of the transaction — from Cancun only when it was created
    /// in the same transaction (EIP-6780; otherwise a balance sent to itself stays). Whenever the
    /// account is deleted, its balance is zero from the SELFDESTRUCT on: a balance sent to itself is burned.
    /// Before London the first SELFDESTRUCT of an account refunds 24000 (EIP-3529 removed it).
    /// </summary>
    public static EvmStatus SelfDestruct(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        IHost host = context.Host;
        Fork fork = context.Fork;
        Address self = frame.Message.Recipient;
        Address beneficiary = Address.FromUInt256(stack.Top);
        // The static 5000 holds no warm cost, so a cold beneficiary costs the whole 2600 (EIP-2929).
        long cost = fork >= Fork.Berlin && host.WarmUpAccount(beneficiary) ? Eip2929.ColdAccountAccessCost : 0;
        UInt256 balance = host.GetBalance(self);
        bool newAccount = fork >= Fork.SpuriousDragon ? !balance.IsZero && host.IsEmpty(beneficiary)
            : fork >= Fork.TangerineWhistle && !host.Exists(beneficiary);
        if (newAccount)
        {
            cost += GasCost.NewAccount;
        }

        gas -= cost;
        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        if (frame.Message.IsStatic)
        {
            return EvmStatus.StaticModeViolation;
        }

        StateAccess.Transfer(context, self, beneficiary, balance);
        StateAccess.Touch(context, beneficiary);
        if (fork >= Fork.Cancun && !host.IsCreatedInTransaction(self))
        {
            return EvmStatus.Stop;
        }

        // The account's balance ends at zero at once, so a balance sent to itself is burned.
        UInt256 left = host.GetBalance(self);
        if (!left.IsZero)
        {
            host.SubtractBalance(self, left);
        }

        if (host.MarkSelfDestructed(self) && fork < Fork.London)
        {
            host.AddRefund(GasCost.SelfDestructRefund);
        }

        return EvmStatus.Stop;
    }
}
