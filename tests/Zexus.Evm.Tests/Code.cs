using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>A small assembler for test bytecode: opcodes and minimal-width PUSHes.</summary>
internal sealed class Code
{
    private readonly List<byte> _bytes = [];

    public int Length => _bytes.Count;

    public static Code Start() => new();

    public Code Op(Opcode op)
    {
        _bytes.Add((byte)op);
        return this;
    }

    public Code Ops(params Opcode[] ops)
    {
        foreach (Opcode op in ops)
        {
            Op(op);
        }

        return this;
    }

    /// <summary>PUSHn of the minimal width (PUSH1 for 0, so it works before Shanghai).</summary>
    public Code Push(UInt256 value)
    {
        byte[] bytes = value.ToBigEndianBytes().SkipWhile(b => b == 0).ToArray();
        if (bytes.Length == 0)
        {
            bytes = [0];
        }

        return PushBytes(bytes);
    }

    public Code PushBytes(params byte[] bytes)
    {
        _bytes.Add((byte)((int)Opcode.PUSH1 + bytes.Length - 1));
        _bytes.AddRange(bytes);
        return this;
    }

    public Code Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    /// <summary>MSTORE value at offset: PUSH value, PUSH offset, MSTORE.</summary>
    public Code MStore(UInt256 offset, UInt256 value) => Push(value).Push(offset).Op(Opcode.MSTORE);

    /// <summary>Stores the top of the stack at memory 0 and returns those 32 bytes.</summary>
    public Code ReturnTop() => Push(0).Op(Opcode.MSTORE).Push(32).Push(0).Op(Opcode.RETURN);

    public byte[] Build() => [.. _bytes];

    public static implicit operator byte[](Code code) => code.Build();
}
