using Zexus.Evm.Execution;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Transactions;

/// <summary>
/// Applies the authorization list of an EIP-7702 set-code transaction (execution-specs
/// <c>set_delegation</c>): each valid tuple sets or clears its authority's delegation designator
/// and bumps its nonce; invalid tuples are skipped, never fail the transaction.
/// </summary>
public static class SetCodeAuthorizations
{
    /// <summary>
    /// Processes <paramref name="authorizations"/> in order on <paramref name="host"/> (after the
    /// sender's nonce increment) and adds PER_EMPTY_ACCOUNT_COST − PER_AUTH_BASE_COST to the refund
    /// counter for every authority that already existed.
    /// </summary>
    public static void Apply(IHost host, IReadOnlyList<Authorization> authorizations, ulong chainId)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(authorizations);
        var ourChain = new UInt256(chainId);
        foreach (Authorization auth in authorizations)
        {
            if ((!auth.ChainId.IsZero && auth.ChainId != ourChain) || auth.Nonce == ulong.MaxValue || !auth.TryRecoverAuthority(out Address authority))
            {
                continue;
            }

            host.WarmUpAccount(authority);
            ReadOnlySpan<byte> code = host.GetCode(authority).Span;
            if ((!code.IsEmpty && !Delegation.TryGetDelegate(code, out _)) || host.GetNonce(authority) != auth.Nonce)
            {
                continue;
            }

            if (host.Exists(authority))
            {
                host.AddRefund((long)(Eip7702.PerEmptyAccountCost - Eip7702.PerAuthBaseCost));
            }

            host.SetCode(authority, auth.Address.IsZero ? ReadOnlyMemory<byte>.Empty : Delegation.Designator(auth.Address));
            host.SetNonce(authority, auth.Nonce + 1);
        }
    }
}
