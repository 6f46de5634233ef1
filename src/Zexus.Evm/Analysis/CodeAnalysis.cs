using System.Runtime.CompilerServices;
using Zexus.Evm.Instructions;

namespace Zexus.Evm.Analysis;

/// <summary>
/// Bytecode prepared once for execution: the code padded with zeros, and the bitmap of valid
/// JUMPDEST positions (Yellow Paper section 9.4.3, D(c): a JUMPDEST byte that is not PUSH data).
/// </summary>
/// <remarks>
/// The padding is <see cref="PaddingSize"/> zero bytes: a PUSH32 at the last code byte reads its
/// immediate from the padding (bytes past the code read as zero, as the Yellow Paper specifies),
/// and the byte after that is 0x00 (STOP), so the dispatch loop needs no end-of-code check.
/// The padded array is allocated on the pinned object heap so the interpreter can address it
/// directly.
/// </remarks>
public sealed class CodeAnalysis
{
    /// <summary>Zero bytes appended to the code: 32 for a trailing PUSH32 plus one implicit STOP.</summary>
    public const int PaddingSize = 33;

    private readonly ulong[] _jumpDestinations;

    private CodeAnalysis(byte[] paddedCode, int codeLength, ulong[] jumpDestinations)
    {
        PaddedCode = paddedCode;
        CodeLength = codeLength;
        _jumpDestinations = jumpDestinations;
    }

    /// <summary>An analysis of empty code (executes as a single STOP).</summary>
    public static CodeAnalysis Empty { get; } = Analyze([]);

    /// <summary>The code followed by <see cref="PaddingSize"/> zero bytes; pinned.</summary>
    internal byte[] PaddedCode { get; }

    /// <summary>The length of the original code (CODESIZE).</summary>
    public int CodeLength { get; }

    /// <summary>The original code.</summary>
    public ReadOnlySpan<byte> Code => PaddedCode.AsSpan(0, CodeLength);

    /// <summary>Analyzes <paramref name="code"/>: one pass that skips PUSH immediates.</summary>
    public static CodeAnalysis Analyze(ReadOnlySpan<byte> code)
    {
        byte[] padded = GC.AllocateArray<byte>(code.Length + PaddingSize, pinned: true);
        code.CopyTo(padded);
        var bitmap = new ulong[(code.Length + 63) >> 6];
        for (int i = 0; i < code.Length; i++)
        {
            byte op = code[i];
            if (op == (byte)Opcode.JUMPDEST)
            {
                bitmap[i >> 6] |= 1UL << (i & 63);
            }
            else if (op >= (byte)Opcode.PUSH1 && op <= (byte)Opcode.PUSH32)
            {
                i += op - ((byte)Opcode.PUSH1 - 1);
            }
        }

        return new CodeAnalysis(padded, code.Length, bitmap);
    }

    /// <summary>Whether <paramref name="destination"/> is a JUMPDEST opcode (not PUSH data) inside the code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsValidJumpDestination(ulong destination) =>
        destination < (ulong)CodeLength && (_jumpDestinations[(int)(destination >> 6)] & (1UL << (int)(destination & 63))) != 0;
}
