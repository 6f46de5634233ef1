namespace Zexus.Evm.Precompiles;

/// <summary>The outcome of <see cref="Precompile.Run"/>: output on success, a reason on failure.</summary>
public readonly record struct PrecompileResult
{
    private PrecompileResult(bool success, ReadOnlyMemory<byte> output, string? error)
    {
        IsSuccess = success;
        Output = output;
        Error = error;
    }

    /// <summary>Whether the precompile succeeded.</summary>
    public bool IsSuccess { get; }

    /// <summary>The output (empty on failure).</summary>
    public ReadOnlyMemory<byte> Output { get; }

    /// <summary>Why the precompile failed (for traces); null on success.</summary>
    public string? Error { get; }

    /// <summary>A success with <paramref name="output"/>.</summary>
    public static PrecompileResult Success(ReadOnlyMemory<byte> output) => new(true, output, null);

    /// <summary>A failure (all call gas consumed) with the reason.</summary>
    public static PrecompileResult Failure(string reason) => new(false, ReadOnlyMemory<byte>.Empty, reason);
}
