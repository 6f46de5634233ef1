using static Zexus.Vm.Isa.OperandKind;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Isa;

/// <summary>
/// The one declarative table of the ZVM instruction set. The interpreter, verifier, disassembler, gas
/// schedule and docs/isa.md all derive from it; a test checks that every opcode has a handler and a doc line.
/// </summary>
public static class OpcodeTable
{
    private static readonly OpcodeInfo?[] ByValue = new OpcodeInfo?[256];

    public static IReadOnlyList<OpcodeInfo> All { get; } =
    [
        // Stack and names.
        new(LOAD_CONST, [Const], 0, 1, 1, "push constant K"),
        new(LOAD_NAME, [Name], 0, 1, 2, "push the value of name entry N: nearest bound candidate slot, else the built-in of that name, else TX, else error `Identifier 'x' not found` (LANGUAGE.md 5.2)"),
        new(STORE_NAME, [Name], 1, 0, 2, "pop v; assign it to the nearest existing binding of name entry N (6.2); errors for unbound names and constants"),
        new(STORE_FUNC, [Slot], 1, 0, 2, "pop a function value and declare it in slot S of the current scope (function declaration, 6.9)"),
        new(POP, [], 1, 0, 1, "discard the top value"),
        new(DUP, [], 1, 2, 1, "duplicate the top value"),
        new(DUP2, [], 2, 4, 1, "duplicate the top two values (a b → a b a b)"),
        new(LOAD_LOCAL, [Name, Slot], 0, 1, 1, "LOAD_NAME for name entry N whose first candidate is slot S of the current scope: read S directly when bound"),
        new(STORE_LOCAL, [Name, Slot], 1, 0, 2, "STORE_NAME for name entry N whose first candidate is slot S of the current scope: store to S directly when bound and not constant"),
        new(DECLARE, [Slot], 1, 0, 2, "pop v; declare slot S of the current scope (let; state/ledger outside contracts)"),
        new(DECLARE_CONST, [Slot], 1, 0, 2, "pop v; declare slot S of the current scope as a constant"),
        new(LOAD_BINDING, [Name], 0, 1, 2, "push the value of the nearest existing binding of name entry N for a compound assignment: error `Identifier 'x' not found` if none (no built-in fallback), `Cannot reassign constant 'x'` if constant"),

        // Arithmetic (5.3, 5.4).
        new(ADD, [], 2, 1, 3, "a + b"),
        new(SUB, [], 2, 1, 3, "a - b"),
        new(MUL, [], 2, 1, 5, "a * b") { DynamicGas = "1 per 64-bit limb of a big-integer result; 1 per 32 characters of a repeated string" },
        new(DIV, [], 2, 1, 5, "a / b (floor division for integers)"),
        new(MOD, [], 2, 1, 5, "a % b (floored modulo)"),
        new(POW, [], 2, 1, 10, "a ** b") { DynamicGas = "1 per 64-bit limb of a big-integer result" },
        new(NEG, [], 1, 1, 3, "-a"),

        // Comparison (5.5, 5.6) and logic (5.7).
        new(EQ, [], 2, 1, 3, "a == b"),
        new(NEQ, [], 2, 1, 3, "a != b"),
        new(LT, [], 2, 1, 3, "a < b"),
        new(GT, [], 2, 1, 3, "a > b"),
        new(LTE, [], 2, 1, 3, "a <= b"),
        new(GTE, [], 2, 1, 3, "a >= b"),
        new(AND, [], 2, 1, 3, "truthy(a) and truthy(b) (both already evaluated)"),
        new(OR, [], 2, 1, 3, "truthy(a) or truthy(b) (both already evaluated)"),
        new(NOT, [], 1, 1, 3, "!a"),

        // Control.
        new(JUMP, [Target], 0, 0, 2, "continue at T") { Terminating = true },
        new(JUMP_IF_FALSE, [Target], 1, 0, 3, "pop c; continue at T if c is falsy (3.5)") { BranchPops = 1 },
        new(JUMP_IF_TRUE, [Target], 1, 0, 3, "pop c; continue at T if c is truthy") { BranchPops = 1 },
        new(JUMP_IF_NOT_NULL, [Target], 1, 0, 3, "pop v; if v is not null push it back and continue at T (the `??` operator, 5.8)") { BranchPops = 1, BranchPushes = 1 },
        new(RETURN, [], 1, 0, 2, "pop v; return v from the current function") { Terminating = true },
        new(RETURN_NULL, [], 0, 0, 2, "return null from the current function") { Terminating = true },

        // Calls (5.11).
        new(CALL_NAME, [Name, Count], 0, 1, 10, "call the value of name entry N with the top A values as arguments") { PopsOperand = 1 },
        new(CALL_FUNC_CONST, [Function, Count], 0, 1, 10, "call a new closure of function F over the current scope with the top A values") { PopsOperand = 1 },
        new(CALL_TOP, [Count], 1, 1, 10, "pop A arguments and the callee below them; call") { PopsOperand = 0 },
        new(CALL_BUILTIN, [Builtin, Count], 0, 1, 5, "call built-in B with the top A values") { PopsOperand = 1 },
        new(CALL_METHOD, [Const, Count], 1, 1, 10, "pop A arguments and the target below them; method call named by constant K (5.11)") { PopsOperand = 1 },
        new(MAKE_CLOSURE, [Function], 0, 1, 5, "push a closure of function F capturing the current scope (7.3)"),

        // Collections, members, strings.
        new(BUILD_LIST, [WideCount], 0, 1, 3, "pop N values; push a new list of them") { PopsOperand = 0, DynamicGas = "1 per element" },
        new(BUILD_MAP, [WideCount], 0, 1, 3, "pop N key/value pairs (keys are strings); push a new map (later duplicates win, first position kept)") { PopsOperand = 0, PopsFactor = 2, DynamicGas = "2 per entry" },
        new(BUILD_SET, [WideCount], 0, 1, 3, "pop N values; push a new list of them without `==` duplicates (first occurrences kept)") { PopsOperand = 0, DynamicGas = "N per element (quadratic de-duplication)" },
        new(INDEX, [], 2, 1, 3, "pop i, x; push x[i] (5.9)"),
        new(SLICE, [], 3, 1, 5, "pop end, start, x; push slice(x, start, end) with end null meaning the length (9.2)"),
        new(GET_ATTR, [Const], 1, 1, 3, "pop x; push x.NAME (5.10, 10.5)"),
        new(STORE_INDEX, [], 3, 0, 5, "pop v, i, x; x[i] = v (6.2)"),
        new(STORE_ATTR, [Const], 2, 0, 5, "pop v, x; x.NAME = v (6.2, 10.5)"),
        new(INTERPOLATE, [WideCount], 0, 1, 3, "pop N values; push the concatenation of their text forms (string interpolation)") { PopsOperand = 0, DynamicGas = "1 per 32 characters" },

        // Async (13): no concurrency, calls complete immediately.
        new(SPAWN, [], 1, 1, 10, "pop f; call it with no arguments now; push the result"),
        new(AWAIT, [], 1, 1, 1, "the value is already complete: leave it (13)"),
        new(SPAWN_CALL, [Count], 1, 1, 10, "CALL_TOP for async functions: runs to completion immediately") { PopsOperand = 0 },

        // Events (10.6).
        new(REGISTER_EVENT, [Const], 0, 0, 1, "declare event name K in the module's ABI (no run-time effect)"),
        new(EMIT_EVENT, [Const, Count], 0, 0, 20, "pop A arguments; append {event: K, args: copies} to the event log") { PopsOperand = 1, DynamicGas = "8 per argument" },

        // Declarations.
        new(DEFINE_ENTITY, [Const, Slot], 0, 0, 10, "declare entity type described by constant K in slot S (11)"),
        new(USE_MODULE, [Module, Const], 0, 0, 20, "load module M once (14.3) and bind names as described by constant K"),
        new(EXPORT_NAME, [Const], 0, 0, 1, "mark global name K exported; error if unbound (14.4)"),
        new(DEFINE_CONTRACT, [Const, Slot], 0, 0, 50, "run contract K's state initializers in a new state scope, record its initial state, create the default instance, declare slot S (10.1)"),

        // Blockchain.
        new(HASH_BLOCK, [], 1, 1, 30, "pop v; push lowercase hex SHA-256 of v's canonical encoding (docs/blockchain-semantics.md)") { DynamicGas = "6 per 32 bytes encoded" },
        new(VERIFY_SIGNATURE, [], 3, 1, 3000, "pop key, sig, data; push whether sig verifies (secp256k1 ECDSA for SEC1 keys, Ed25519 for 32-byte keys)") { DynamicGas = "6 per 32 bytes of data (UTF-8 of a string, else its text form)" },
        new(MERKLE_ROOT, [WideCount], 0, 1, 30, "pop N values; push the hex root of the binary SHA-256 Merkle tree of their canonical encodings (odd node duplicated)") { PopsOperand = 0, DynamicGas = "60 per leaf" },
        new(STATE_READ, [Const], 0, 1, 100, "push state variable K of the current contract instance"),
        new(STATE_WRITE, [Const], 1, 0, 500, "pop v; write state variable K of the current instance; error outside a transaction"),
        new(TX_BEGIN, [], 0, 0, 20, "open a nested transaction (host checkpoint)"),
        new(TX_COMMIT, [], 0, 0, 20, "commit the innermost transaction"),
        new(TX_REVERT, [], 0, 0, 20, "revert the innermost transaction: state exactly as at its TX_BEGIN"),
        new(GAS_CHARGE, [Amount], 0, 0, 0, "charge N gas"),
        new(LEDGER_APPEND, [Const], 1, 1, 200, "pop data; append a hash-chained entry to ledger K; push the entry map") { DynamicGas = "6 per 32 bytes encoded" },
        new(REQUIRE, [Count], 0, 0, 5, "pop A values (condition[, message]); error `Requirement failed[: TEXT]` when the condition is falsy") { PopsOperand = 0 },

        // Errors (6.11).
        new(SETUP_TRY, [Target], 0, 0, 2, "install a catch handler at T: on error, unwind to this height, push the message and continue at T") { BranchPushes = 1 },
        new(SETUP_FINALLY, [Target], 0, 0, 2, "install a finally handler at T: on error, unwind to this height, stash the error and continue at T") { BranchPushes = 0 },
        new(POP_TRY, [], 0, 0, 1, "remove the innermost handler"),
        new(THROW, [], 1, 0, 5, "pop v; raise an error whose message is v's text form") { Terminating = true },
        new(RERAISE, [], 0, 0, 2, "raise the most recently stashed error again") { Terminating = true },
        new(DROP_PENDING, [], 0, 0, 1, "forget the most recently stashed error (a finally block ended abruptly)"),

        // Iteration and match.
        new(GET_ITER, [], 1, 1, 3, "pop a list or map; push an iterator (lists live by position, maps over a snapshot) — error `ForEach expects List or Map`"),
        new(FOR_ITER, [Target, Mode], 0, 0, 3, "with an iterator on top: push the next element (mode 1) or index/key and element/value (mode 2); when done pop the iterator and continue at T") { PushesOperand = 1, BranchPops = 1 },
        new(MATCH_LITERAL, [Const, Target], 0, 0, 3, "if the top value is not of the same kind as constant K or not equal to it, continue at T (5.13)"),
        new(MATCH_FAIL, [], 0, 0, 1, "raise `Match expression: no pattern matched`") { Terminating = true },

        // Output (6.4).
        new(PRINT, [WideCount], 0, 0, 10, "pop N values; write their text forms separated by spaces and a line feed") { PopsOperand = 0, DynamicGas = "1 per 32 characters written" },
        new(PRINT_IF, [Target], 1, 0, 3, "pop c; if c is print-false (false, 0, 0.0, \"\") continue at T (conditional print, 6.4)") { BranchPops = 1 },
        new(NOP, [], 0, 0, 0, "nothing"),
    ];

    static OpcodeTable()
    {
        foreach (var info in All)
        {
            if (ByValue[(byte)info.Opcode] is not null)
            {
                throw new InvalidOperationException($"opcode {info.Opcode} listed twice");
            }

            ByValue[(byte)info.Opcode] = info;
        }
    }

    /// <summary>The row for an opcode byte, or null when the byte is not an opcode.</summary>
    public static OpcodeInfo? Get(byte value) => ByValue[value];

    public static OpcodeInfo Get(ZvmOpcode opcode) => ByValue[(byte)opcode]!;
}
