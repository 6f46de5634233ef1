namespace Zexus.Vm.Isa;

/// <summary>
/// The ZVM opcodes. Numbers and names of the established Zexus instruction set are kept (stack 1-6,
/// arithmetic 10-16, comparison 20-25, logic 30-32, control 40-43, calls 50-54, collections 60-65,
/// async 70-72, events 80-81, blockchain 110-119, REQUIRE 130, DEFINE_CONTRACT 131, try 140-142,
/// FOR_ITER 150, PRINT 250, NOP 255); what the language needs beyond them fills free numbers.
/// Semantics, operands, stack effects and gas: <see cref="OpcodeTable"/> and docs/isa.md.
/// </summary>
#pragma warning disable CA1707 // Opcode names are the spec's uppercase mnemonics (CONVENTIONS.md).
public enum ZvmOpcode : byte
{
    LOAD_CONST = 1,
    LOAD_NAME = 2,
    STORE_NAME = 3,
    STORE_FUNC = 4,
    POP = 5,
    DUP = 6,
    DUP2 = 7,

    ADD = 10,
    SUB = 11,
    MUL = 12,
    DIV = 13,
    MOD = 14,
    POW = 15,
    NEG = 16,

    EQ = 20,
    NEQ = 21,
    LT = 22,
    GT = 23,
    LTE = 24,
    GTE = 25,

    AND = 30,
    OR = 31,
    NOT = 32,

    JUMP = 40,
    JUMP_IF_FALSE = 41,
    JUMP_IF_TRUE = 42,
    RETURN = 43,
    JUMP_IF_NOT_NULL = 44,
    RETURN_NULL = 45,

    CALL_NAME = 50,
    CALL_FUNC_CONST = 51,
    CALL_TOP = 52,
    CALL_BUILTIN = 53,
    CALL_METHOD = 54,
    MAKE_CLOSURE = 55,

    BUILD_LIST = 60,
    BUILD_MAP = 61,
    BUILD_SET = 62,
    INDEX = 63,
    SLICE = 64,
    GET_ATTR = 65,
    STORE_INDEX = 66,
    STORE_ATTR = 67,
    INTERPOLATE = 68,

    SPAWN = 70,
    AWAIT = 71,
    SPAWN_CALL = 72,

    REGISTER_EVENT = 80,
    EMIT_EVENT = 81,

    LOAD_LOCAL = 90,
    STORE_LOCAL = 91,
    DECLARE = 92,
    DECLARE_CONST = 93,
    LOAD_BINDING = 95,

    DEFINE_ENTITY = 100,
    USE_MODULE = 102,
    EXPORT_NAME = 103,

    HASH_BLOCK = 110,
    VERIFY_SIGNATURE = 111,
    MERKLE_ROOT = 112,
    STATE_READ = 113,
    STATE_WRITE = 114,
    TX_BEGIN = 115,
    TX_COMMIT = 116,
    TX_REVERT = 117,
    GAS_CHARGE = 118,
    LEDGER_APPEND = 119,

    REQUIRE = 130,
    DEFINE_CONTRACT = 131,

    SETUP_TRY = 140,
    POP_TRY = 141,
    THROW = 142,
    SETUP_FINALLY = 143,
    RERAISE = 144,
    DROP_PENDING = 145,

    FOR_ITER = 150,
    GET_ITER = 151,
    MATCH_LITERAL = 152,
    MATCH_FAIL = 153,

    PRINT = 250,
    PRINT_IF = 251,
    NOP = 255,
}
#pragma warning restore CA1707
