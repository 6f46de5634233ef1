using System.Security.Cryptography;
using Zexus.Vm.Bytecode;

namespace Zexus.Vm.Tests.Bytecode;

/// <summary>
/// Produces the fuzz corpus: case <c>i</c> is a function of (<see cref="Seed"/>, i) only, so any failure is
/// reproduced by its case number. Kinds rotate: valid programs, bit flips, truncations, random operand bytes,
/// random code, and byte insertions/deletions. Most mutations re-seal the checksum so that the mutated bytes
/// reach the section parsers and the verifier instead of stopping at the checksum.
/// </summary>
internal static class ContainerFuzzer
{
    public const int Seed = 0x5A58_4201;

    public const int KindCount = 7;

    public static byte[] Case(int index)
    {
        // Not HashCode.Combine: it is seeded per process, which made the cases differ from run to run.
        var rng = new Random(unchecked((Seed * 1_000_003) + index));
        var program = new RandomPrograms(rng).Next();
        switch (index % KindCount)
        {
            case 0:
                return ZvmSerializer.Serialize(program);
            case 1:
                return BitFlips(rng, ZvmSerializer.Serialize(program), reseal: rng.Next(8) != 0);
            case 2:
                var bytes = ZvmSerializer.Serialize(program);
                return bytes[..rng.Next(bytes.Length)];
            case 3:
                RandomOperandBytes(rng, program);
                return ZvmSerializer.Serialize(program);
            case 4:
                RandomCode(rng, program);
                return ZvmSerializer.Serialize(program);
            case 5:
                return Splice(rng, ZvmSerializer.Serialize(program));
            default:
                return RandomBody(rng);
        }
    }

    private static byte[] BitFlips(Random rng, byte[] bytes, bool reseal)
    {
        var flips = rng.Next(1, 5);
        var end = reseal ? bytes.Length - ZvmFormat.ChecksumSize : bytes.Length;
        for (var i = 0; i < flips; i++)
        {
            bytes[rng.Next(end)] ^= (byte)(1 << rng.Next(8));
        }

        return reseal ? Reseal(bytes) : bytes;
    }

    /// <summary>Overwrites bytes inside one function's code, keeping the opcode bytes most of the time.</summary>
    private static void RandomOperandBytes(Random rng, ZvmProgram program)
    {
        var function = program.Functions[rng.Next(program.Functions.Count)];
        if (function.Code.Length < 2)
        {
            return;
        }

        var count = rng.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var at = rng.Next(1, function.Code.Length);
            function.Code[at] = rng.Next(3) switch
            {
                0 => 0,
                1 => (byte)rng.Next(1, 8),
                _ => (byte)rng.Next(256),
            };
        }
    }

    /// <summary>Replaces a function's code with random opcodes from the table followed by random operand bytes.</summary>
    private static void RandomCode(Random rng, ZvmProgram program)
    {
        var index = rng.Next(program.Functions.Count);
        var old = program.Functions[index];
        var code = new byte[rng.Next(1, 48)];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = rng.Next(3) == 0 ? (byte)rng.Next(256) : (byte)Zexus.Vm.Isa.OpcodeTable.All[rng.Next(Zexus.Vm.Isa.OpcodeTable.All.Count)].Opcode;
        }

        if (rng.Next(2) == 0)
        {
            code[^1] = (byte)Zexus.Vm.Isa.ZvmOpcode.RETURN_NULL;
        }

        program.Functions[index] = new FunctionProto
        {
            Name = old.Name,
            Flags = old.Flags,
            Module = old.Module,
            ParamSlots = old.ParamSlots,
            SlotCount = old.SlotCount,
            Names = old.Names,
            Code = code,
        };
    }

    /// <summary>Inserts, deletes or overwrites a run of bytes in the body and re-seals.</summary>
    private static byte[] Splice(Random rng, byte[] bytes)
    {
        var body = bytes[..^ZvmFormat.ChecksumSize].ToList();
        var at = rng.Next(body.Count);
        var run = rng.Next(1, 6);
        switch (rng.Next(3))
        {
            case 0:
                for (var i = 0; i < run; i++)
                {
                    body.Insert(at, (byte)rng.Next(256));
                }

                break;
            case 1:
                body.RemoveRange(at, Math.Min(run, body.Count - at));
                break;
            default:
                for (var i = at; i < Math.Min(body.Count, at + run); i++)
                {
                    body[i] = (byte)rng.Next(256);
                }

                break;
        }

        return Reseal([.. body, .. new byte[ZvmFormat.ChecksumSize]]);
    }

    /// <summary>A valid header followed by random bytes, sealed.</summary>
    private static byte[] RandomBody(Random rng)
    {
        var bytes = new byte[ZvmFormat.HeaderSize + rng.Next(0, 64) + ZvmFormat.ChecksumSize];
        rng.NextBytes(bytes);
        "ZXB\0"u8.CopyTo(bytes);
        bytes[4] = 1;
        bytes[5] = 0;
        bytes[6] = 0;
        if (rng.Next(2) == 0 && bytes.Length > 12)
        {
            bytes[7] = 1; // a plausible constants section header
            bytes[8] = (byte)rng.Next(8);
            bytes[9] = bytes[10] = bytes[11] = 0;
        }

        return Reseal(bytes);
    }

    public static byte[] Reseal(byte[] bytes)
    {
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - ZvmFormat.ChecksumSize), bytes.AsSpan(bytes.Length - ZvmFormat.ChecksumSize));
        return bytes;
    }
}
