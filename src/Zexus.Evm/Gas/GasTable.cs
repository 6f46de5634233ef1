using Zexus.Evm.Instructions;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Gas;

/// <summary>
/// The static gas of every opcode byte per fork (revm's and evmone's 256-entry tables). Each fork's
/// table is the previous fork's plus that fork's EIP deltas; <see cref="GasCost.Undefined"/> (−1)
/// marks an opcode the fork does not define. Dynamic parts (memory expansion, copy and hash words,
/// EXP bytes, cold access) are charged by the instruction.
/// </summary>
public static class GasTable
{
    private static readonly int[][] Tables = BuildAll();

    /// <summary>The static gas of every opcode in <paramref name="fork"/>; −1 for undefined ones.</summary>
    public static ReadOnlySpan<int> For(Fork fork) => Tables[(int)fork];

    /// <summary>The static gas of <paramref name="opcode"/> in <paramref name="fork"/>, −1 if undefined.</summary>
    public static int Of(Opcode opcode, Fork fork) => Tables[(int)fork][(int)opcode];

    private static int[][] BuildAll()
    {
        var forks = Enum.GetValues<Fork>();
        var tables = new int[forks.Length][];
        int[] t = Frontier();
        foreach (Fork fork in forks)
        {
            t = (int[])t.Clone();
            ApplyDeltas(fork, t);
            tables[(int)fork] = t;
        }

        return tables;
    }

    private static int[] Frontier()
    {
        var t = new int[256];
        Array.Fill(t, GasCost.Undefined);

        t[(int)Opcode.STOP] = GasCost.Zero;
        t[(int)Opcode.ADD] = GasCost.VeryLow;
        t[(int)Opcode.MUL] = GasCost.Low;
        t[(int)Opcode.SUB] = GasCost.VeryLow;
        t[(int)Opcode.DIV] = GasCost.Low;
        t[(int)Opcode.SDIV] = GasCost.Low;
        t[(int)Opcode.MOD] = GasCost.Low;
        t[(int)Opcode.SMOD] = GasCost.Low;
        t[(int)Opcode.ADDMOD] = GasCost.Mid;
        t[(int)Opcode.MULMOD] = GasCost.Mid;
        t[(int)Opcode.EXP] = GasCost.Exp;
        t[(int)Opcode.SIGNEXTEND] = GasCost.Low;

        for (var op = Opcode.LT; op <= Opcode.BYTE; op++)
        {
            t[(int)op] = GasCost.VeryLow;
        }

        t[(int)Opcode.KECCAK256] = GasCost.Keccak256;

        t[(int)Opcode.ADDRESS] = GasCost.Base;
        t[(int)Opcode.BALANCE] = GasCost.Balance;
        t[(int)Opcode.ORIGIN] = GasCost.Base;
        t[(int)Opcode.CALLER] = GasCost.Base;
        t[(int)Opcode.CALLVALUE] = GasCost.Base;
        t[(int)Opcode.CALLDATALOAD] = GasCost.VeryLow;
        t[(int)Opcode.CALLDATASIZE] = GasCost.Base;
        t[(int)Opcode.CALLDATACOPY] = GasCost.VeryLow;
        t[(int)Opcode.CODESIZE] = GasCost.Base;
        t[(int)Opcode.CODECOPY] = GasCost.VeryLow;
        t[(int)Opcode.GASPRICE] = GasCost.Base;
        t[(int)Opcode.EXTCODESIZE] = GasCost.ExtCode;
        t[(int)Opcode.EXTCODECOPY] = GasCost.ExtCode;

        t[(int)Opcode.BLOCKHASH] = GasCost.BlockHash;
        for (var op = Opcode.COINBASE; op <= Opcode.GASLIMIT; op++)
        {
            t[(int)op] = GasCost.Base;
        }

        t[(int)Opcode.POP] = GasCost.Base;
        t[(int)Opcode.MLOAD] = GasCost.VeryLow;
        t[(int)Opcode.MSTORE] = GasCost.VeryLow;
        t[(int)Opcode.MSTORE8] = GasCost.VeryLow;
        t[(int)Opcode.SLOAD] = GasCost.Sload;
        t[(int)Opcode.SSTORE] = GasCost.Zero; // wholly dynamic (Yellow Paper G_sset/G_sreset)
        t[(int)Opcode.JUMP] = GasCost.Mid;
        t[(int)Opcode.JUMPI] = GasCost.High;
        t[(int)Opcode.PC] = GasCost.Base;
        t[(int)Opcode.MSIZE] = GasCost.Base;
        t[(int)Opcode.GAS] = GasCost.Base;
        t[(int)Opcode.JUMPDEST] = GasCost.JumpDest;

        for (var op = Opcode.PUSH1; op <= Opcode.SWAP16; op++)
        {
            t[(int)op] = GasCost.VeryLow;
        }

        for (int n = 0; n <= 4; n++)
        {
            t[(int)Opcode.LOG0 + n] = GasCost.Log + (n * GasCost.LogTopic);
        }

        t[(int)Opcode.CREATE] = GasCost.Create;
        t[(int)Opcode.CALL] = GasCost.Call;
        t[(int)Opcode.CALLCODE] = GasCost.Call;
        t[(int)Opcode.RETURN] = GasCost.Zero;
        t[(int)Opcode.INVALID] = GasCost.Zero;
        t[(int)Opcode.SELFDESTRUCT] = GasCost.Zero;
        return t;
    }

    private static void ApplyDeltas(Fork fork, int[] t)
    {
        switch (fork)
        {
            case Fork.Homestead:
                t[(int)Opcode.DELEGATECALL] = GasCost.Call; // EIP-7
                break;

            case Fork.TangerineWhistle:
                t[(int)Opcode.BALANCE] = Eip150.BalanceCost; // EIP-150
                t[(int)Opcode.EXTCODESIZE] = Eip150.ExtCodeCost;
                t[(int)Opcode.EXTCODECOPY] = Eip150.ExtCodeCost;
                t[(int)Opcode.SLOAD] = Eip150.SloadCost;
                t[(int)Opcode.CALL] = Eip150.CallCost;
                t[(int)Opcode.CALLCODE] = Eip150.CallCost;
                t[(int)Opcode.DELEGATECALL] = Eip150.CallCost;
                t[(int)Opcode.SELFDESTRUCT] = Eip150.SelfDestructCost;
                break;

            case Fork.SpuriousDragon:
                // EIP-160 changes only the dynamic EXP byte cost (Eip160.ExpByteCost).
                break;

            case Fork.Byzantium:
                t[(int)Opcode.RETURNDATASIZE] = Eip211.ReturnDataSizeCost; // EIP-211
                t[(int)Opcode.RETURNDATACOPY] = Eip211.ReturnDataCopyCost; // EIP-211
                t[(int)Opcode.STATICCALL] = Eip150.CallCost; // EIP-214
                t[(int)Opcode.REVERT] = GasCost.Zero; // EIP-140
                break;

            case Fork.Constantinople:
                t[(int)Opcode.SHL] = Eip145.ShiftCost; // EIP-145
                t[(int)Opcode.SHR] = Eip145.ShiftCost;
                t[(int)Opcode.SAR] = Eip145.ShiftCost;
                t[(int)Opcode.CREATE2] = Eip1014.Create2Cost; // EIP-1014
                t[(int)Opcode.EXTCODEHASH] = Eip1052.ExtCodeHashCost; // EIP-1052
                break;

            case Fork.Istanbul:
                t[(int)Opcode.BALANCE] = Eip1884.BalanceCost; // EIP-1884
                t[(int)Opcode.SLOAD] = Eip1884.SloadCost;
                t[(int)Opcode.EXTCODEHASH] = Eip1884.ExtCodeHashCost;
                t[(int)Opcode.SELFBALANCE] = Eip1884.SelfBalanceCost;
                t[(int)Opcode.CHAINID] = Eip1344.ChainIdCost; // EIP-1344
                break;

            case Fork.Berlin:
                // EIP-2929: the static part of every state access is the warm cost; the cold
                // surcharge (ColdSloadCost / ColdAccountAccessCost minus the warm cost) is dynamic.
                t[(int)Opcode.SLOAD] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.BALANCE] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.EXTCODESIZE] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.EXTCODECOPY] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.EXTCODEHASH] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.CALL] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.CALLCODE] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.DELEGATECALL] = Eip2929.WarmStorageReadCost;
                t[(int)Opcode.STATICCALL] = Eip2929.WarmStorageReadCost;
                break;

            case Fork.London:
                t[(int)Opcode.BASEFEE] = Eip3198.BaseFeeCost; // EIP-3198
                break;

            case Fork.Shanghai:
                t[(int)Opcode.PUSH0] = Eip3855.Push0Cost; // EIP-3855
                break;

            case Fork.Cancun:
                t[(int)Opcode.TLOAD] = Eip1153.TloadCost; // EIP-1153
                t[(int)Opcode.TSTORE] = Eip1153.TstoreCost; // EIP-1153
                t[(int)Opcode.MCOPY] = Eip5656.McopyCost; // EIP-5656
                t[(int)Opcode.BLOBHASH] = Eip4844.BlobHashCost; // EIP-4844
                t[(int)Opcode.BLOBBASEFEE] = Eip7516.BlobBaseFeeCost; // EIP-7516
                break;

            default:
                // Frontier (the base), Petersburg (EIP-1283 removed: SSTORE is dynamic anyway),
                // Paris (PREVRANDAO keeps DIFFICULTY's cost), Prague and Osaka: no static change.
                break;
        }
    }
}
