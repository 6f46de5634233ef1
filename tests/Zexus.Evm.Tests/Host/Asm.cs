using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>Assembly snippets for the host tests (on top of <see cref="Code"/>).</summary>
internal static class Asm
{
    /// <summary>CALL(gas, to, value, in 0/0, out 0/32) leaving success on the stack.</summary>
    public static Code Call(this Code code, Address to, UInt256 gas, ulong value = 0, Opcode op = Opcode.CALL)
    {
        code.Push(32).Push(0).Push(0).Push(0);
        if (op is Opcode.CALL or Opcode.CALLCODE)
        {
            code.Push(new UInt256(value));
        }

        return code.Push(to.ToUInt256()).Push(gas).Op(op);
    }

    /// <summary>SSTORE(slot, top of stack).</summary>
    public static Code StoreTop(this Code code, ulong slot) => code.Push(new UInt256(slot)).Op(Opcode.SSTORE);

    /// <summary>Code that RETURNs <paramref name="runtime"/> (at most 32 bytes) — initcode for it.</summary>
    public static byte[] InitCodeFor(byte[] runtime, bool revert = false)
    {
        var padded = new byte[32];
        runtime.CopyTo(padded, 0);
        return Code.Start().PushBytes(padded).Push(0).Op(Opcode.MSTORE).Push(new UInt256((ulong)runtime.Length)).Push(0).Op(revert ? Opcode.REVERT : Opcode.RETURN);
    }

    /// <summary>MSTOREs <paramref name="bytes"/> (at most 32) at memory 0, left-aligned.</summary>
    public static Code StoreBytesAt0(this Code code, byte[] bytes)
    {
        var padded = new byte[32];
        bytes.CopyTo(padded, 0);
        return code.PushBytes(padded).Push(0).Op(Opcode.MSTORE);
    }
}
