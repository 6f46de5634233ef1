namespace Zexus.Vm.Bytecode;

/// <summary>Fixed values of the container format (docs/bytecode-format.md).</summary>
public static class ZvmFormat
{
    /// <summary>The four magic bytes <c>ZXB\0</c> that open every container.</summary>
    public static ReadOnlySpan<byte> Magic => "ZXB\0"u8;

    /// <summary>Magic, u16 format version and u8 target.</summary>
    public const int HeaderSize = 7;

    /// <summary>A section header: u8 id and u32 little-endian payload length.</summary>
    public const int SectionHeaderSize = 5;

    /// <summary>SHA-256 of every preceding byte closes the container.</summary>
    public const int ChecksumSize = 32;

    /// <summary>Sections appear exactly once each, in this order.</summary>
    public enum Section : byte
    {
        Constants = 1,
        Functions = 2,
        Modules = 3,
        Abi = 4,
        Metadata = 5,
    }

    /// <summary>BigInteger sign byte values.</summary>
    internal const byte SignNonNegative = 0;
    internal const byte SignNegative = 1;

    internal const FunctionFlags KnownFunctionFlags =
        FunctionFlags.Lambda | FunctionFlags.Async | FunctionFlags.ContractAction | FunctionFlags.RunsInScope;
}
