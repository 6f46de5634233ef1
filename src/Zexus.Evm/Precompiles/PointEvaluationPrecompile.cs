using Zexus.Crypto.Bls12381;
using Zexus.Crypto.Kzg;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// The point evaluation precompile (0x0a, EIP-4844, Cancun): input versioned_hash ‖ z ‖ y ‖ commitment ‖ proof
/// (32 + 32 + 32 + 48 + 48 bytes). The versioned hash must be 0x01 ‖ sha256(commitment)[1..], z and y canonical
/// scalars, and the KZG proof valid for the mainnet ceremony; the output is FIELD_ELEMENTS_PER_BLOB and BLS_MODULUS as
/// two 32-byte words. 50000 gas.
/// </summary>
public sealed class PointEvaluationPrecompile : Precompile
{
    /// <summary>POINT_EVALUATION_PRECOMPILE_GAS.</summary>
    public const long Cost = 50000;

    /// <summary>FIELD_ELEMENTS_PER_BLOB.</summary>
    public const int FieldElementsPerBlob = 4096;

    /// <summary>The exact input size.</summary>
    public const int InputLength = 192;

    private static readonly byte[] SuccessOutput = BuildOutput();

    /// <summary>The shared instance (the class is stateless).</summary>
    public static PointEvaluationPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(0x0a);

    /// <inheritdoc/>
    public override string Name => "POINT_EVALUATION";

    /// <inheritdoc/>
    public override Fork Since => Fork.Cancun;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => Cost;

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        if (input.Length != InputLength)
        {
            return PrecompileResult.Failure(Name + ": invalid input length");
        }

        ReadOnlySpan<byte> versionedHash = input[..32];
        ReadOnlySpan<byte> z = input.Slice(32, 32);
        ReadOnlySpan<byte> y = input.Slice(64, 32);
        ReadOnlySpan<byte> commitment = input.Slice(96, KzgVerifier.PointLength);
        ReadOnlySpan<byte> proof = input.Slice(144, KzgVerifier.PointLength);
        if (!versionedHash.SequenceEqual(KzgVerifier.VersionedHash(commitment)))
        {
            return PrecompileResult.Failure(Name + ": the versioned hash does not match the commitment");
        }

        return KzgVerifier.Mainnet.VerifyProof(commitment, z, y, proof, out string? error) switch
        {
            true => PrecompileResult.Success(SuccessOutput),
            false => PrecompileResult.Failure(Name + ": the proof is invalid"),
            null => PrecompileResult.Failure(Name + ": " + error),
        };
    }

    private static byte[] BuildOutput()
    {
        var output = new byte[64];
        output[30] = FieldElementsPerBlob >> 8;
        output[31] = FieldElementsPerBlob & 0xFF;
        Bls12381Parameters.RBigEndian.CopyTo(output.AsSpan(32));
        return output;
    }
}
