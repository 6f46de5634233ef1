namespace Zexus.State.Trie;

/// <summary>
/// The trie's backing store is missing a node it refers to, or holds a node that does not decode as
/// a trie node (Yellow Paper appendix D): the store is corrupt or belongs to another trie.
/// </summary>
public sealed class TrieException : Exception
{
    /// <summary>Creates an exception with no reason (prefer the other constructors).</summary>
    public TrieException()
        : base("Trie error.")
    {
    }

    /// <summary>Creates an exception with a reason.</summary>
    public TrieException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception wrapping another.</summary>
    public TrieException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
