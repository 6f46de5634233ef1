namespace Zexus.Primitives;

/// <summary>
/// Input that is not canonical RLP (Yellow Paper appendix B): a length running past its
/// enclosing item, a non-minimal length or integer, or an item of the wrong kind. The message
/// names the reason and the offset, so a rejected transaction or trie node can be diagnosed.
/// </summary>
public sealed class RlpException : Exception
{
    /// <summary>Creates an exception with no reason (prefer the other constructors).</summary>
    public RlpException()
        : base("Invalid RLP.")
    {
    }

    /// <summary>Creates an exception with the reason the input was rejected.</summary>
    public RlpException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception wrapping another.</summary>
    public RlpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
