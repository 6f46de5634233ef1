using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Instructions;

/// <summary>
/// CREATE and CREATE2 (EIP-1014) (execution-specs <c>create</c>, <c>generic_create</c>): initcode
/// from memory (EIP-3860 limit and word cost from Shanghai; CREATE2 also pays for hashing it), the
/// EIP-150 all-but-one-64th of the gas to the new frame, balance, nonce and depth checks that fail
/// softly, the creator's nonce increment, the EIP-684/EIP-7610 collision that consumes the gas, and
/// the return data: empty after success, the revert data after a revert.
/// </summary>
public static class CreateInstructions
{
    /// <summary>CREATE(value, offset, size): a new account at keccak(rlp([self, nonce]))[12..].</summary>
    public static EvmStatus Create(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => Execute(frame, stack, ref gas, salted: false);

    /// <summary>CREATE2(value, offset, size, salt): a new account at keccak(0xff ‖ self ‖ salt ‖ keccak(initcode))[12..].</summary>
    public static EvmStatus Create2(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => Execute(frame, stack, ref gas, salted: true);

    /// <summary>Whether creating at <paramref name="address"/> collides with an existing account (EIP-684, EIP-7610).</summary>
    public static bool IsCollision(IHost host, in Address address)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.GetNonce(address) != 0 || !host.GetCode(address).IsEmpty || host.HasStorage(address);
    }

    private static EvmStatus Execute(EvmFrame frame, EvmStack stack, ref long gas, bool salted)
    {
        EvmContext context = frame.Context!;
        IHost host = context.Host;
        Fork fork = context.Fork;
        UInt256 value = stack[0];
        if (!frame.Memory.TryExpand(ref gas, in stack[1], in stack[2], out int start, out int size))
        {
            return EvmStatus.OutOfGas;
        }

        long words = KeccakInstructions.Words(size);
        if (fork >= Fork.Shanghai)
        {
            if (size > Eip3860.MaxInitCodeSize)
            {
                return EvmStatus.OutOfGas;
            }

            gas -= (long)Eip3860.InitCodeWordCost * words;
        }

        if (salted)
        {
            gas -= GasCost.Keccak256Word * words;
        }

        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        UInt256 salt = salted ? stack[3] : default;
        ref UInt256 result = ref stack[salted ? 3 : 2];
        long childGas = fork >= Fork.TangerineWhistle ? gas - (gas / Eip150.CallGasRetentionDivisor) : gas;
        gas -= childGas;
        if (frame.Message.IsStatic)
        {
            return EvmStatus.StaticModeViolation;
        }

        frame.ReturnData = ReadOnlyMemory<byte>.Empty;
        Address self = frame.Message.Recipient;
        ulong nonce = host.GetNonce(self);
        if (host.GetBalance(self) < value || nonce == ulong.MaxValue || frame.Message.Depth >= GasCost.MaxCallDepth)
        {
            gas += childGas;
            result = default;
            return EvmStatus.Running;
        }

        byte[] initCode = frame.Memory.Span.Slice(start, size).ToArray();
        Address address = salted ? ContractAddress.FromSalt(self, salt, initCode) : ContractAddress.FromNonce(self, nonce);
        if (fork >= Fork.Berlin)
        {
            host.WarmUpAccount(address);
        }

        host.SetNonce(self, nonce + 1);
        if (IsCollision(host, address))
        {
            result = default;
            return EvmStatus.Running;
        }

        var message = new ExecutionMessage
        {
            Caller = self,
            Recipient = address,
            Value = value,
            Gas = childGas,
            Depth = frame.Message.Depth + 1,
        };
        EvmResult outcome = MessageExecutor.Create(context, message, initCode);
        if (outcome.Status == EvmStatus.NotImplemented)
        {
            return EvmStatus.NotImplemented;
        }

        gas += outcome.GasLeft;
        frame.ReturnData = outcome.IsSuccess ? ReadOnlyMemory<byte>.Empty : outcome.Output;
        result = outcome.IsSuccess ? address.ToUInt256() : default;
        return EvmStatus.Running;
    }
}
