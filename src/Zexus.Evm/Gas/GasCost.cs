namespace Zexus.Evm.Gas;

/// <summary>
/// The fee schedule of the Yellow Paper (appendix G) for the Frontier instruction set, by its
/// symbols (G_verylow is <see cref="VeryLow"/>). Later changes live with their EIP in
/// <c>Zexus.Primitives.Eips</c>.
/// </summary>
public static class GasCost
{
    /// <summary>G_zero: STOP, RETURN, REVERT.</summary>
    public const int Zero = 0;

    /// <summary>G_jumpdest.</summary>
    public const int JumpDest = 1;

    /// <summary>G_base: the context reads (ADDRESS, CALLER, PC, GAS, POP, …).</summary>
    public const int Base = 2;

    /// <summary>G_verylow: ADD, SUB, comparisons, PUSH, DUP, SWAP, MLOAD, MSTORE, the copy opcodes.</summary>
    public const int VeryLow = 3;

    /// <summary>G_low: MUL, DIV, MOD and their signed forms, SIGNEXTEND.</summary>
    public const int Low = 5;

    /// <summary>G_mid: ADDMOD, MULMOD, JUMP.</summary>
    public const int Mid = 8;

    /// <summary>G_high: JUMPI.</summary>
    public const int High = 10;

    /// <summary>G_exp: the static part of EXP.</summary>
    public const int Exp = 10;

    /// <summary>G_expbyte before Spurious Dragon (EIP-160 raised it to 50).</summary>
    public const int ExpByteFrontier = 10;

    /// <summary>G_memory: the linear coefficient of the memory cost C_mem(a) = G_memory·a + a²/512.</summary>
    public const int Memory = 3;

    /// <summary>The quadratic divisor of the memory cost.</summary>
    public const int QuadraticMemoryDivisor = 512;

    /// <summary>G_copy: per word copied by the *COPY opcodes.</summary>
    public const int Copy = 3;

    /// <summary>G_keccak256: the static part of KECCAK256.</summary>
    public const int Keccak256 = 30;

    /// <summary>G_keccak256word: per word hashed.</summary>
    public const int Keccak256Word = 6;

    /// <summary>G_balance (Frontier).</summary>
    public const int Balance = 20;

    /// <summary>G_extcode (Frontier).</summary>
    public const int ExtCode = 20;

    /// <summary>G_sload (Frontier).</summary>
    public const int Sload = 50;

    /// <summary>G_blockhash.</summary>
    public const int BlockHash = 20;

    /// <summary>G_log: the static part of LOGn; each topic adds <see cref="LogTopic"/>.</summary>
    public const int Log = 375;

    /// <summary>G_logtopic.</summary>
    public const int LogTopic = 375;

    /// <summary>G_create.</summary>
    public const int Create = 32000;

    /// <summary>G_call (Frontier).</summary>
    public const int Call = 40;

    /// <summary>G_callvalue: extra cost of a call that transfers a non-zero value.</summary>
    public const int CallValue = 9000;

    /// <summary>G_callstipend: free gas given to the callee of a value-transferring call.</summary>
    public const int CallStipend = 2300;

    /// <summary>G_newaccount: a call (or, from EIP-150, SELFDESTRUCT) that brings a new account into being.</summary>
    public const int NewAccount = 25000;

    /// <summary>G_codedeposit: per byte of code a creation deposits.</summary>
    public const int CodeDeposit = 200;

    /// <summary>G_logdata: per byte of LOG data.</summary>
    public const int LogData = 8;

    /// <summary>G_sset: SSTORE from zero to non-zero (Frontier rules).</summary>
    public const int StorageSet = 20000;

    /// <summary>G_sreset: every other SSTORE (Frontier rules).</summary>
    public const int StorageReset = 5000;

    /// <summary>R_sclear: the refund for setting a non-zero slot to zero (Frontier rules).</summary>
    public const int StorageClearRefund = 15000;

    /// <summary>R_selfdestruct: the refund for a first SELFDESTRUCT of an account (removed in London, EIP-3529).</summary>
    public const int SelfDestructRefund = 24000;

    /// <summary>The deepest call stack: a call or create from depth 1024 fails (Yellow Paper section 9.4).</summary>
    public const int MaxCallDepth = 1024;

    /// <summary>The value for <see cref="GasTable"/> entries of opcodes undefined in a fork.</summary>
    public const int Undefined = -1;
}
