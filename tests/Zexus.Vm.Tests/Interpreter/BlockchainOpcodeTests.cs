using System.Security.Cryptography;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Tests.Interpreter;

/// <summary>The blockchain opcodes on the stack interpreter (docs/isa.md, docs/blockchain-semantics.md).</summary>
public class BlockchainOpcodeTests
{
    private static string RunAction(Action<FunctionBuilder, Assembler> body)
    {
        var asm = new Assembler();
        var action = asm.Action("run", fb => body(fb, asm));
        var program = asm.Build([action], (fb, box) =>
        {
            fb.Emit(LOAD_NAME, box);
            fb.Emit(CALL_METHOD, asm.Str("run"), 0);
            fb.Emit(PRINT, 1);
        });
        return Assembler.Run(program).Output;
    }

    private static void Write(FunctionBuilder fb, Assembler asm, long value)
    {
        fb.Emit(LOAD_CONST, asm.Int(value));
        fb.Emit(STATE_WRITE, asm.Str("v"));
    }

    [Fact]
    public void NestedTransactions_CommitInnerThenRevertOuter_RestoresOuterStart()
    {
        var output = RunAction((fb, asm) =>
        {
            fb.Emit(TX_BEGIN);
            Write(fb, asm, 5);
            fb.Emit(TX_BEGIN);
            Write(fb, asm, 7);
            fb.Emit(TX_COMMIT);
            fb.Emit(TX_REVERT);
            fb.Emit(STATE_READ, asm.Str("v"));
            fb.Emit(RETURN);
        });
        Assert.Equal("0\n", output);
    }

    [Fact]
    public void NestedTransactions_RevertInnerThenCommitOuter_KeepsOuterWrite()
    {
        var output = RunAction((fb, asm) =>
        {
            fb.Emit(TX_BEGIN);
            Write(fb, asm, 5);
            fb.Emit(TX_BEGIN);
            Write(fb, asm, 7);
            fb.Emit(TX_REVERT);
            fb.Emit(TX_COMMIT);
            fb.Emit(STATE_READ, asm.Str("v"));
            fb.Emit(RETURN);
        });
        Assert.Equal("5\n", output);
    }

    [Fact]
    public void TxRevert_UndoesEventsAndLedgerAppends()
    {
        var output = RunAction((fb, asm) =>
        {
            fb.Emit(LOAD_CONST, asm.Str("kept"));
            fb.Emit(LEDGER_APPEND, asm.Str("audit"));
            fb.Emit(POP);
            fb.Emit(TX_BEGIN);
            fb.Emit(LOAD_CONST, asm.Str("dropped"));
            fb.Emit(LEDGER_APPEND, asm.Str("audit"));
            fb.Emit(POP);
            fb.Emit(EMIT_EVENT, asm.Str("Gone"), 0);
            fb.Emit(TX_REVERT);
            fb.Emit(LOAD_CONST, asm.Str("second"));
            fb.Emit(LEDGER_APPEND, asm.Str("audit"));
            fb.Emit(GET_ATTR, asm.Str("index"));
            fb.Emit(RETURN);
        });
        Assert.Equal("1\n", output);
    }

    [Fact]
    public void StateWrite_OutsideATransaction_IsAnError()
    {
        var asm = new Assembler();
        var program = asm.Build([], (fb, _) =>
        {
            fb.Emit(LOAD_CONST, asm.Int(1));
            fb.Emit(STATE_WRITE, asm.Str("v"));
        });
        var e = Assert.Throws<ZexusError>(() => Assembler.Run(program));
        Assert.Equal("STATE_WRITE outside a transaction", e.Message);
    }

    [Fact]
    public void TxCommit_WithoutBegin_IsAnError()
    {
        var asm = new Assembler();
        var program = asm.Build([], (fb, _) => fb.Emit(TX_COMMIT));
        var e = Assert.Throws<ZexusError>(() => Assembler.Run(program));
        Assert.Equal("TX_COMMIT without an open transaction", e.Message);
    }

    [Fact]
    public void OutOfGas_InsideExplicitTransaction_RevertsEverythingOpen()
    {
        var asm = new Assembler();
        var action = asm.Action("spin", fb =>
        {
            Write(fb, asm, 99);
            var top = fb.NewLabel();
            fb.Mark(top);
            fb.Emit(JUMP, top);
        });
        var program = asm.Build([action], (fb, box) =>
        {
            fb.Emit(TX_BEGIN);
            fb.Emit(LOAD_NAME, box);
            fb.Emit(CALL_METHOD, asm.Str("spin"), 0);
            fb.Emit(POP);
            fb.Emit(TX_COMMIT);
        });
        var output = new StringWriter();
        var machine = new ZvmMachine(program, new ZvmOptions { Output = output, GasLimit = 5_000 });
        Assert.Throws<OutOfGasException>(machine.RunMain);
        Assert.Equal(5_000, machine.GasUsed);
        Assert.Equal(Value.FromInt(0), machine.Instances[0].State[0]);
        Assert.False(machine.InTransaction);
    }

    [Fact]
    public void HashBlock_IsSha256OfTheCanonicalEncoding()
    {
        var output = RunAction((fb, asm) =>
        {
            fb.Emit(LOAD_CONST, asm.Str("abc"));
            fb.Emit(HASH_BLOCK);
            fb.Emit(RETURN);
        });

        // Canonical encoding of a string: tag 04, u32 big-endian byte length, UTF-8 bytes.
        byte[] encoded = [0x04, 0, 0, 0, 3, (byte)'a', (byte)'b', (byte)'c'];
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(encoded)) + "\n", output);
    }

    [Fact]
    public void MerkleRoot_OfThreeLeaves_DuplicatesTheOddOne()
    {
        var output = RunAction((fb, asm) =>
        {
            fb.Emit(LOAD_CONST, asm.Str("a"));
            fb.Emit(LOAD_CONST, asm.Str("b"));
            fb.Emit(LOAD_CONST, asm.Str("c"));
            fb.Emit(MERKLE_ROOT, 3);
            fb.Emit(RETURN);
        });
        static byte[] Leaf(char c) => SHA256.HashData(new byte[] { 0x04, 0, 0, 0, 1, (byte)c });
        static byte[] Pair(byte[] l, byte[] r) => SHA256.HashData([.. l, .. r]);
        var c = Leaf('c');
        var root = Pair(Pair(Leaf('a'), Leaf('b')), Pair(c, c));
        Assert.Equal(Convert.ToHexStringLower(root) + "\n", output);
    }

    [Theory]
    [InlineData("hello", true)]
    [InlineData("hello!", false)]
    public void VerifySignature_FixedSecp256k1Key(string message, bool expected)
    {
        const string Sig = "0f2fff8620d8ffe97040f8cf72ae476ef8ff4412373929c0324ce8428d3352e71845ae4903027667005846f8f0be3e5ed2db5c3826ba83a6e542e080792f9a9d";
        const string Pub = "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
        var output = RunAction((fb, asm) =>
        {
            fb.Emit(LOAD_CONST, asm.Str(message));
            fb.Emit(LOAD_CONST, asm.Str(Sig));
            fb.Emit(LOAD_CONST, asm.Str(Pub));
            fb.Emit(VERIFY_SIGNATURE);
            fb.Emit(RETURN);
        });
        Assert.Equal(expected ? "true\n" : "false\n", output);
    }

    [Fact]
    public void LedgerAppend_ChainsEntriesByHash()
    {
        var output = RunAction((fb, asm) =>
        {
            fb.Emit(LOAD_CONST, asm.Str("first"));
            fb.Emit(LEDGER_APPEND, asm.Str("audit"));
            fb.Emit(GET_ATTR, asm.Str("hash"));
            fb.Emit(LOAD_CONST, asm.Str("second"));
            fb.Emit(LEDGER_APPEND, asm.Str("audit"));
            fb.Emit(GET_ATTR, asm.Str("previous_hash"));
            fb.Emit(EQ);
            fb.Emit(RETURN);
        });
        Assert.Equal("true\n", output);
    }
}
