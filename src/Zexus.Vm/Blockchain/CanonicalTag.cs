namespace Zexus.Vm.Blockchain;

/// <summary>
/// The first byte of every canonical encoding (docs/blockchain-semantics.md, section 1.1). These
/// numbers are consensus data: hashes recorded on a chain depend on them, so they never change and
/// a new kind takes a new number.
/// </summary>
public static class CanonicalTag
{
    public const byte Null = 0x00;
    public const byte Boolean = 0x01;
    public const byte Integer = 0x02;
    public const byte Float = 0x03;
    public const byte String = 0x04;
    public const byte List = 0x05;
    public const byte Map = 0x06;
    public const byte Entity = 0x07;
    public const byte Function = 0x08;
    public const byte Builtin = 0x09;
    public const byte Contract = 0x0A;
    public const byte EntityType = 0x0B;
    public const byte Module = 0x0C;

    /// <summary>The one bit pattern every NaN is written as: the IEEE-754 default quiet NaN.</summary>
    public const long CanonicalNaNBits = 0x7FF8000000000000;
}
