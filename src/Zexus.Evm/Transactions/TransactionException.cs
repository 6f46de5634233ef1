namespace Zexus.Evm.Transactions;

/// <summary>
/// A transaction that does not decode or is invalid in the fork. <see cref="Error"/> and
/// <see cref="Field"/> name the reason; the message adds the detail (offsets, values).
/// </summary>
public sealed class TransactionException : Exception
{
    /// <summary>Creates an exception for a rejected transaction.</summary>
    public TransactionException(TransactionError error, TransactionField field, string detail, Exception? innerException = null)
        : base(Describe(error, field, detail), innerException)
    {
        Error = error;
        Field = field;
    }

    /// <summary>Creates an exception for a transaction of <paramref name="type"/> rejected for <paramref name="error"/>.</summary>
    public TransactionException(TransactionError error, TransactionType type, string detail)
        : this(error, TransactionField.None, detail)
    {
        Type = type;
    }

    /// <summary>Creates an exception with no reason (prefer the other constructors).</summary>
    public TransactionException()
        : this(TransactionError.MalformedRlp, TransactionField.None, "invalid transaction")
    {
    }

    /// <summary>Creates an exception with a message only, classified as <see cref="TransactionError.MalformedRlp"/>.</summary>
    public TransactionException(string message)
        : this(TransactionError.MalformedRlp, TransactionField.None, message)
    {
    }

    /// <summary>Creates an exception wrapping another, classified as <see cref="TransactionError.MalformedRlp"/>.</summary>
    public TransactionException(string message, Exception innerException)
        : this(TransactionError.MalformedRlp, TransactionField.None, message, innerException)
    {
    }

    /// <summary>The reason for the rejection.</summary>
    public TransactionError Error { get; }

    /// <summary>The field at fault, or <see cref="TransactionField.None"/>.</summary>
    public TransactionField Field { get; }

    /// <summary>The type of the rejected transaction, where the reason depends on it.</summary>
    public TransactionType? Type { get; }

    /// <summary>The <c>TransactionException.*</c> name the Ethereum test fixtures use for this rejection.</summary>
    public string FixtureName => TransactionErrorNames.ToFixtureName(Error, Field, Type);

    /// <summary>
    /// Every name the fixtures use for this rejection: <see cref="FixtureName"/> first, then the names other
    /// fixture sets give the same rule (see <see cref="TransactionErrorNames.Aliases"/>).
    /// </summary>
    public IReadOnlyList<string> FixtureNames => [FixtureName, .. TransactionErrorNames.Aliases(Error, Field)];

    private static string Describe(TransactionError error, TransactionField field, string detail) =>
        field == TransactionField.None ? $"{error}: {detail}" : $"{error} ({field}): {detail}";
}
