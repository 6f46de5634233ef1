using Zexus.Evm.Execution;
using Zexus.Evm.Gas;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Instructions;

/// <summary>
/// The call family: CALL, CALLCODE, DELEGATECALL (EIP-7), STATICCALL (EIP-214). One body serves all
/// four (execution-specs <c>call</c>, <c>generic_call</c>): memory for the input and output regions,
/// the EIP-2929 access charge, the EIP-7702 delegate's access charge, value and new-account costs,
/// the EIP-150 all-but-one-64th cap (the whole requested gas before it), stipend, balance and depth
/// checks, then the message, its return data (EIP-211) and its output copied to memory.
/// </summary>
public static class CallInstructions
{
    private enum Kind
    {
        Call,
        CallCode,
        DelegateCall,
        StaticCall,
    }

    /// <summary>CALL(gas, address, value, inOffset, inSize, outOffset, outSize).</summary>
    public static EvmStatus Call(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => Execute(frame, stack, ref gas, Kind.Call);

    /// <summary>CALLCODE(gas, address, value, inOffset, inSize, outOffset, outSize): the address's code on this account.</summary>
    public static EvmStatus CallCode(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => Execute(frame, stack, ref gas, Kind.CallCode);

    /// <summary>DELEGATECALL(gas, address, inOffset, inSize, outOffset, outSize): as CALLCODE, keeping caller and value.</summary>
    public static EvmStatus DelegateCall(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => Execute(frame, stack, ref gas, Kind.DelegateCall);

    /// <summary>STATICCALL(gas, address, inOffset, inSize, outOffset, outSize): a call that may not change state.</summary>
    public static EvmStatus StaticCall(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => Execute(frame, stack, ref gas, Kind.StaticCall);

    private static EvmStatus Execute(EvmFrame frame, EvmStack stack, ref long gas, Kind kind)
    {
        EvmContext context = frame.Context!;
        IHost host = context.Host;
        Fork fork = context.Fork;
        bool hasValue = kind is Kind.Call or Kind.CallCode;
        int regions = hasValue ? 3 : 2;
        UInt256 requested = stack[0];
        Address to = Address.FromUInt256(stack[1]);
        UInt256 value = hasValue ? stack[2] : default;
        if (!frame.Memory.TryExpand(ref gas, in stack[regions], in stack[regions + 1], out int inStart, out int inCount)
            || !frame.Memory.TryExpand(ref gas, in stack[regions + 2], in stack[regions + 3], out int outStart, out int outCount))
        {
            return EvmStatus.OutOfGas;
        }

        long extra = fork >= Fork.Berlin && host.WarmUpAccount(to) ? StateAccess.ColdAccountSurcharge : 0;
        Address codeAddress = to;
        bool precompilesEnabled = true;
        if (fork >= Fork.Prague && Delegation.TryGetDelegate(host.GetCode(to).Span, out Address target))
        {
            codeAddress = target;
            precompilesEnabled = false;
            extra += host.WarmUpAccount(target) ? Eip2929.ColdAccountAccessCost : Eip2929.WarmStorageReadCost;
        }

        if (!value.IsZero)
        {
            extra += GasCost.CallValue;
        }

        if (kind == Kind.Call && (fork >= Fork.SpuriousDragon ? !value.IsZero && host.IsEmpty(to) : !host.Exists(to)))
        {
            extra += GasCost.NewAccount;
        }

        gas -= extra;
        if (gas < 0)
        {
            return EvmStatus.OutOfGas;
        }

        long childGas;
        if (fork >= Fork.TangerineWhistle)
        {
            long cap = gas - (gas / Eip150.CallGasRetentionDivisor);
            childGas = requested.FitsInUInt64 && (ulong)requested < (ulong)cap ? (long)(ulong)requested : cap;
        }
        else if (requested.FitsInUInt64 && (ulong)requested <= (ulong)gas)
        {
            childGas = (long)(ulong)requested;
        }
        else
        {
            return EvmStatus.OutOfGas;
        }

        gas -= childGas;

        // The stipend is added to the callee's gas; a call that fails before running returns it
        // with the rest, so the caller gains it (as every client does).
        childGas += value.IsZero ? 0 : GasCost.CallStipend;
        if (kind == Kind.Call && !value.IsZero && frame.Message.IsStatic)
        {
            return EvmStatus.StaticModeViolation;
        }

        ref UInt256 success = ref stack[regions + 3];
        frame.ReturnData = ReadOnlyMemory<byte>.Empty;
        Address self = frame.Message.Recipient;
        if ((!value.IsZero && host.GetBalance(self) < value) || frame.Message.Depth >= GasCost.MaxCallDepth)
        {
            gas += childGas;
            success = default;
            return EvmStatus.Running;
        }

        var message = new ExecutionMessage
        {
            Caller = kind == Kind.DelegateCall ? frame.Message.Caller : self,
            Recipient = kind is Kind.Call or Kind.StaticCall ? to : self,
            Value = kind == Kind.DelegateCall ? frame.Message.Value : value,
            Input = frame.Memory.Span.Slice(inStart, inCount).ToArray(),
            Gas = childGas,
            Depth = frame.Message.Depth + 1,
            IsStatic = frame.Message.IsStatic || kind == Kind.StaticCall,
        };
        EvmResult result = MessageExecutor.Call(context, message, codeAddress, transferValue: hasValue, precompilesEnabled);
        if (result.Status == EvmStatus.NotImplemented)
        {
            return EvmStatus.NotImplemented;
        }

        gas += result.GasLeft;
        frame.ReturnData = result.Output;
        int copied = Math.Min(outCount, result.Output.Length);
        result.Output.Span[..copied].CopyTo(frame.Memory.Span.Slice(outStart, copied));
        success = result.IsSuccess ? UInt256.One : default;
        return EvmStatus.Running;
    }
}
