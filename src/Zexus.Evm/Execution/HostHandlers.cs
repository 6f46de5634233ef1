using Zexus.Evm.Instructions;

namespace Zexus.Evm.Execution;

/// <summary>The bodies of the host opcodes, added to a fork's dispatch table when frames run with an <see cref="EvmContext"/>.</summary>
internal static unsafe class HostHandlers
{
    /// <summary>Fills the host opcodes' entries of <paramref name="h"/> (the fork's gas table decides which exist).</summary>
    public static void Add(delegate*<EvmFrame, EvmStack, ref long, ref int, EvmStatus>[] h)
    {
        h[(int)Opcode.BALANCE] = &AccountInstructions.Balance;
        h[(int)Opcode.EXTCODESIZE] = &AccountInstructions.ExtCodeSize;
        h[(int)Opcode.EXTCODECOPY] = &AccountInstructions.ExtCodeCopy;
        h[(int)Opcode.EXTCODEHASH] = &AccountInstructions.ExtCodeHash;

        h[(int)Opcode.ORIGIN] = &ContextInstructions.Origin;
        h[(int)Opcode.GASPRICE] = &ContextInstructions.GasPrice;
        h[(int)Opcode.BLOCKHASH] = &ContextInstructions.BlockHash;
        h[(int)Opcode.COINBASE] = &ContextInstructions.Coinbase;
        h[(int)Opcode.TIMESTAMP] = &ContextInstructions.Timestamp;
        h[(int)Opcode.NUMBER] = &ContextInstructions.Number;
        h[(int)Opcode.PREVRANDAO] = &ContextInstructions.PrevRandao;
        h[(int)Opcode.GASLIMIT] = &ContextInstructions.GasLimit;
        h[(int)Opcode.CHAINID] = &ContextInstructions.ChainId;
        h[(int)Opcode.SELFBALANCE] = &ContextInstructions.SelfBalance;
        h[(int)Opcode.BASEFEE] = &ContextInstructions.BaseFee;
        h[(int)Opcode.BLOBHASH] = &ContextInstructions.BlobHash;
        h[(int)Opcode.BLOBBASEFEE] = &ContextInstructions.BlobBaseFee;

        h[(int)Opcode.SLOAD] = &StorageInstructions.SLoad;
        h[(int)Opcode.SSTORE] = &StorageInstructions.SStore;
        h[(int)Opcode.TLOAD] = &StorageInstructions.TLoad;
        h[(int)Opcode.TSTORE] = &StorageInstructions.TStore;

        for (int n = 0; n <= 4; n++)
        {
            h[(int)Opcode.LOG0 + n] = &LogInstructions.Log;
        }

        h[(int)Opcode.CREATE] = &CreateInstructions.Create;
        h[(int)Opcode.CREATE2] = &CreateInstructions.Create2;
        h[(int)Opcode.CALL] = &CallInstructions.Call;
        h[(int)Opcode.CALLCODE] = &CallInstructions.CallCode;
        h[(int)Opcode.DELEGATECALL] = &CallInstructions.DelegateCall;
        h[(int)Opcode.STATICCALL] = &CallInstructions.StaticCall;
        h[(int)Opcode.SELFDESTRUCT] = &SelfDestructInstructions.SelfDestruct;
    }
}
