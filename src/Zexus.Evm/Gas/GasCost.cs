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

    /// <summary>The value for <see cref="GasTable"/> entries of opcodes undefined in a fork.</summary>
    public const int Undefined = -1;
}
