using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>
/// The one declarative opcode table of the EVM (CONVENTIONS.md "Shape of the code"): mnemonic,
/// immediate size, stack in/out, first fork, terminating, host-dependent — for all 256 bytes,
/// including the opcodes this interpreter does not execute yet. Bytes not listed are undefined in
/// every fork (<see cref="IsDefined"/> is false). Gas lives in <see cref="Gas.GasTable"/>; handlers
/// in <see cref="Execution.InstructionTable"/>; both are checked against this table by tests.
/// </summary>
/// <remarks>Sources: Yellow Paper appendix H.2 and the EIP that introduced each later opcode.</remarks>
public static class OpcodeTraits
{
    private static readonly OpcodeInfo?[] Table = Build();

    /// <summary>The traits of <paramref name="opcode"/>, or null when no fork defines the byte.</summary>
    public static OpcodeInfo? Get(byte opcode) => Table[opcode];

    /// <summary>Whether any fork defines <paramref name="opcode"/>.</summary>
    public static bool IsDefined(byte opcode) => Table[opcode] is not null;

    /// <summary>Whether <paramref name="opcode"/> is defined in <paramref name="fork"/>.</summary>
    public static bool IsDefined(byte opcode, Fork fork) => Table[opcode] is { } info && fork >= info.Since;

    /// <summary>The mnemonic of <paramref name="opcode"/>, or <c>UNDEFINED_0xNN</c>.</summary>
    public static string NameOf(byte opcode) =>
        Table[opcode]?.Name ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"UNDEFINED_0x{opcode:X2}");

    private static OpcodeInfo?[] Build()
    {
        var t = new OpcodeInfo?[256];
        const Fork F = Fork.Frontier;

        void Op(Opcode op, int stackIn, int stackOut, Fork since = F, bool terminates = false, bool host = false, int immediate = 0) =>
            t[(int)op] = new OpcodeInfo(op.ToString(), immediate, stackIn, stackOut, since, terminates, host);

        Op(Opcode.STOP, 0, 0, terminates: true);
        Op(Opcode.ADD, 2, 1);
        Op(Opcode.MUL, 2, 1);
        Op(Opcode.SUB, 2, 1);
        Op(Opcode.DIV, 2, 1);
        Op(Opcode.SDIV, 2, 1);
        Op(Opcode.MOD, 2, 1);
        Op(Opcode.SMOD, 2, 1);
        Op(Opcode.ADDMOD, 3, 1);
        Op(Opcode.MULMOD, 3, 1);
        Op(Opcode.EXP, 2, 1);
        Op(Opcode.SIGNEXTEND, 2, 1);

        Op(Opcode.LT, 2, 1);
        Op(Opcode.GT, 2, 1);
        Op(Opcode.SLT, 2, 1);
        Op(Opcode.SGT, 2, 1);
        Op(Opcode.EQ, 2, 1);
        Op(Opcode.ISZERO, 1, 1);
        Op(Opcode.AND, 2, 1);
        Op(Opcode.OR, 2, 1);
        Op(Opcode.XOR, 2, 1);
        Op(Opcode.NOT, 1, 1);
        Op(Opcode.BYTE, 2, 1);
        Op(Opcode.SHL, 2, 1, Fork.Constantinople); // EIP-145
        Op(Opcode.SHR, 2, 1, Fork.Constantinople); // EIP-145
        Op(Opcode.SAR, 2, 1, Fork.Constantinople); // EIP-145

        Op(Opcode.KECCAK256, 2, 1);

        Op(Opcode.ADDRESS, 0, 1);
        Op(Opcode.BALANCE, 1, 1, host: true);
        Op(Opcode.ORIGIN, 0, 1, host: true);
        Op(Opcode.CALLER, 0, 1);
        Op(Opcode.CALLVALUE, 0, 1);
        Op(Opcode.CALLDATALOAD, 1, 1);
        Op(Opcode.CALLDATASIZE, 0, 1);
        Op(Opcode.CALLDATACOPY, 3, 0);
        Op(Opcode.CODESIZE, 0, 1);
        Op(Opcode.CODECOPY, 3, 0);
        Op(Opcode.GASPRICE, 0, 1, host: true);
        Op(Opcode.EXTCODESIZE, 1, 1, host: true);
        Op(Opcode.EXTCODECOPY, 4, 0, host: true);
        Op(Opcode.RETURNDATASIZE, 0, 1, Fork.Byzantium); // EIP-211
        Op(Opcode.RETURNDATACOPY, 3, 0, Fork.Byzantium); // EIP-211
        Op(Opcode.EXTCODEHASH, 1, 1, Fork.Constantinople, host: true); // EIP-1052

        Op(Opcode.BLOCKHASH, 1, 1, host: true);
        Op(Opcode.COINBASE, 0, 1, host: true);
        Op(Opcode.TIMESTAMP, 0, 1, host: true);
        Op(Opcode.NUMBER, 0, 1, host: true);
        Op(Opcode.PREVRANDAO, 0, 1, host: true); // DIFFICULTY before Paris (EIP-4399)
        Op(Opcode.GASLIMIT, 0, 1, host: true);
        Op(Opcode.CHAINID, 0, 1, Fork.Istanbul, host: true); // EIP-1344
        Op(Opcode.SELFBALANCE, 0, 1, Fork.Istanbul, host: true); // EIP-1884
        Op(Opcode.BASEFEE, 0, 1, Fork.London, host: true); // EIP-3198
        Op(Opcode.BLOBHASH, 1, 1, Fork.Cancun, host: true); // EIP-4844
        Op(Opcode.BLOBBASEFEE, 0, 1, Fork.Cancun, host: true); // EIP-7516

        Op(Opcode.POP, 1, 0);
        Op(Opcode.MLOAD, 1, 1);
        Op(Opcode.MSTORE, 2, 0);
        Op(Opcode.MSTORE8, 2, 0);
        Op(Opcode.SLOAD, 1, 1, host: true);
        Op(Opcode.SSTORE, 2, 0, host: true);
        Op(Opcode.JUMP, 1, 0);
        Op(Opcode.JUMPI, 2, 0);
        Op(Opcode.PC, 0, 1);
        Op(Opcode.MSIZE, 0, 1);
        Op(Opcode.GAS, 0, 1);
        Op(Opcode.JUMPDEST, 0, 0);
        Op(Opcode.TLOAD, 1, 1, Fork.Cancun, host: true); // EIP-1153
        Op(Opcode.TSTORE, 2, 0, Fork.Cancun, host: true); // EIP-1153
        Op(Opcode.MCOPY, 3, 0, Fork.Cancun); // EIP-5656
        Op(Opcode.PUSH0, 0, 1, Fork.Shanghai); // EIP-3855

        for (int n = 1; n <= 32; n++)
        {
            Op((Opcode)((int)Opcode.PUSH1 + n - 1), 0, 1, immediate: n);
        }

        for (int n = 1; n <= 16; n++)
        {
            Op((Opcode)((int)Opcode.DUP1 + n - 1), n, n + 1);
            Op((Opcode)((int)Opcode.SWAP1 + n - 1), n + 1, n + 1);
        }

        for (int n = 0; n <= 4; n++)
        {
            Op((Opcode)((int)Opcode.LOG0 + n), n + 2, 0, host: true);
        }

        Op(Opcode.CREATE, 3, 1, host: true);
        Op(Opcode.CALL, 7, 1, host: true);
        Op(Opcode.CALLCODE, 7, 1, host: true);
        Op(Opcode.RETURN, 2, 0, terminates: true);
        Op(Opcode.DELEGATECALL, 6, 1, Fork.Homestead, host: true); // EIP-7
        Op(Opcode.CREATE2, 4, 1, Fork.Constantinople, host: true); // EIP-1014
        Op(Opcode.STATICCALL, 6, 1, Fork.Byzantium, host: true); // EIP-214
        Op(Opcode.REVERT, 2, 0, Fork.Byzantium, terminates: true); // EIP-140
        Op(Opcode.INVALID, 0, 0, terminates: true); // EIP-141
        Op(Opcode.SELFDESTRUCT, 1, 0, terminates: true, host: true);
        return t;
    }
}
