using System.Numerics;
using Zexus.Crypto.Bn254;
using static Zexus.Crypto.Tests.Bn254.Bn254Random;

namespace Zexus.Crypto.Tests.Bn254;

public class Bn254OperationsTests
{
    public static TheoryData<string> AddVectors => Bn254Vectors.Names("add");

    public static TheoryData<string> MulVectors => Bn254Vectors.Names("mul");

    public static TheoryData<string> PairingVectors => Bn254Vectors.Names("pairing");

    [Theory]
    [MemberData(nameof(AddVectors))]
    public void Add_NobleVector_MatchesOutput(string name)
    {
        (byte[] input, byte[] expected) = Bn254Vectors.Get("add", name);
        var output = new byte[64];

        Assert.Equal(Bn254Error.None, Bn254Operations.Add(input, output));
        Assert.Equal(Convert.ToHexStringLower(expected), Convert.ToHexStringLower(output));
    }

    [Theory]
    [MemberData(nameof(MulVectors))]
    public void Multiply_NobleVector_MatchesOutput(string name)
    {
        (byte[] input, byte[] expected) = Bn254Vectors.Get("mul", name);
        var output = new byte[64];

        Assert.Equal(Bn254Error.None, Bn254Operations.Multiply(input, output));
        Assert.Equal(Convert.ToHexStringLower(expected), Convert.ToHexStringLower(output));
    }

    [Theory]
    [MemberData(nameof(PairingVectors))]
    public void PairingCheck_NobleVector_MatchesOutput(string name)
    {
        (byte[] input, byte[] expected) = Bn254Vectors.Get("pairing", name);

        Assert.Equal(Bn254Error.None, Bn254Operations.PairingCheck(input, out bool isOne));
        Assert.Equal(expected[^1] == 1, isOne);
    }

    [Fact]
    public void Pairing_Generators_MatchesNobleTargetGroupElement()
    {
        Fp12 e = Pairing.Compute(G1.Generator, G2.Generator);
        Fp2[] coefficients = [e.C0.C0, e.C0.C1, e.C0.C2, e.C1.C0, e.C1.C1, e.C1.C2];
        byte[][] expected = Bn254Vectors.GtOfGenerators();
        var actual = new byte[32];
        for (int i = 0; i < 6; i++)
        {
            coefficients[i].C0.Write(actual);
            Assert.Equal(expected[2 * i], actual);
            coefficients[i].C1.Write(actual);
            Assert.Equal(expected[2 * i + 1], actual);
        }
    }

    [Fact]
    public void PairingCheck_EmptyInput_IsOne()
    {
        Assert.Equal(Bn254Error.None, Bn254Operations.PairingCheck([], out bool isOne));
        Assert.True(isOne);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(191)]
    [InlineData(193)]
    [InlineData(383)]
    public void PairingCheck_LengthNotMultipleOf192_Fails(int length)
    {
        Assert.Equal(Bn254Error.InvalidInputLength, Bn254Operations.PairingCheck(new byte[length], out bool isOne));
        Assert.False(isOne);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void G1Coordinate_AtLeastP_FailsEveryOperation(int word)
    {
        // Words 0-1 are the first point, 2-3 the second point of ECADD.
        byte[] add = Concat(G1Bytes(G1.Generator), G1Bytes(G1.Generator));
        ToBytes32(P + (word % 2)).CopyTo(add, 32 * word);

        Assert.Equal(Bn254Error.CoordinateNotInField, Bn254Operations.Add(add, new byte[64]));
        Assert.Equal(Bn254Error.CoordinateNotInField, Bn254Operations.Multiply(Concat(add[(word / 2 * 64)..(word / 2 * 64 + 64)], ToBytes32(5)), new byte[64]));
        Assert.Equal(Bn254Error.CoordinateNotInField, Bn254Operations.PairingCheck(Concat(add[(word / 2 * 64)..(word / 2 * 64 + 64)], G2Bytes(G2.Generator)), out _));
    }

    [Fact]
    public void G1PointOffCurve_FailsEveryOperation()
    {
        byte[] offCurve = Concat(ToBytes32(1), ToBytes32(3));
        byte[] zeroX = Concat(ToBytes32(0), ToBytes32(1));
        byte[] generator = G1Bytes(G1.Generator);

        foreach (byte[] bad in new[] { offCurve, zeroX })
        {
            Assert.Equal(Bn254Error.PointNotOnCurve, Bn254Operations.Add(Concat(bad, generator), new byte[64]));
            Assert.Equal(Bn254Error.PointNotOnCurve, Bn254Operations.Add(Concat(generator, bad), new byte[64]));
            Assert.Equal(Bn254Error.PointNotOnCurve, Bn254Operations.Multiply(Concat(bad, ToBytes32(0)), new byte[64]));
            Assert.Equal(Bn254Error.PointNotOnCurve, Bn254Operations.PairingCheck(Concat(bad, new byte[128]), out _));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void G2Coordinate_AtLeastP_Fails(int word)
    {
        byte[] q = G2Bytes(G2.Generator);
        ToBytes32(P).CopyTo(q, 32 * word);

        Assert.Equal(Bn254Error.CoordinateNotInField, Bn254Operations.PairingCheck(Concat(G1Bytes(G1.Generator), q), out _));
        Assert.Equal(Bn254Error.CoordinateNotInField, Bn254Operations.PairingCheck(Concat(new byte[64], q), out _));
    }

    [Fact]
    public void G2PointOffTwist_Fails()
    {
        byte[] q = G2Bytes(G2.Generator);
        q[^1] ^= 1;

        Assert.Equal(Bn254Error.PointNotOnCurve, Bn254Operations.PairingCheck(Concat(G1Bytes(G1.Generator), q), out _));
    }

    [Fact]
    public void G2PointOutsideSubgroup_FailsEvenWithG1Infinity()
    {
        byte[] q = G2Bytes(NextTwistPoint(new Random(30)));

        Assert.Equal(Bn254Error.PointNotInSubgroup, Bn254Operations.PairingCheck(Concat(G1Bytes(G1.Generator), q), out _));
        Assert.Equal(Bn254Error.PointNotInSubgroup, Bn254Operations.PairingCheck(Concat(new byte[64], q), out _));
        Assert.Equal(Bn254Error.PointNotInSubgroup, Bn254Operations.PairingCheck(
            Concat(G1Bytes(G1.Generator), G2Bytes(G2.Generator), new byte[64], q), out _));
    }

    [Fact]
    public void G2CoordinatesSwapped_AreRejected()
    {
        // Real part first (the wrong order) gives a point off the twist.
        byte[] q = G2Bytes(G2.Generator);
        byte[] swapped = Concat(q[32..64], q[..32], q[96..128], q[64..96]);

        Assert.NotEqual(Bn254Error.None, Bn254Operations.PairingCheck(Concat(G1Bytes(G1.Generator), swapped), out _));
    }

    [Fact]
    public void AddAndMultiply_WrongBufferSizes_ThrowArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Bn254Operations.Add(new byte[127], new byte[64]));
        Assert.Throws<ArgumentException>(() => Bn254Operations.Add(new byte[128], new byte[63]));
        Assert.Throws<ArgumentException>(() => Bn254Operations.Multiply(new byte[97], new byte[64]));
        Assert.Throws<ArgumentOutOfRangeException>(() => G1.TryRead(new byte[63], out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => G2.TryRead(new byte[127], out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fp.TryRead(new byte[31], out _));
    }

    [Fact]
    public void RandomInputs_NeverThrow()
    {
        var random = new Random(31);
        var output = new byte[64];
        for (int i = 0; i < 300; i++)
        {
            var input = new byte[random.Next(0, 3) * 192 + (i % 3 == 0 ? random.Next(0, 2) : 0)];
            random.NextBytes(input);
            if (i % 2 == 0)
            {
                // Clear the top bits so coordinates are mostly below p and the curve checks run.
                for (int w = 0; w < input.Length; w += 32)
                {
                    input[w] &= 0x1f;
                }
            }

            byte[] padded = [.. input, .. new byte[192]];
            Bn254Error add = Bn254Operations.Add(padded.AsSpan(0, 128), output);
            Bn254Error mul = Bn254Operations.Multiply(padded.AsSpan(0, 96), output);
            Bn254Error pairing = Bn254Operations.PairingCheck(input, out _);

            Assert.True(Enum.IsDefined(add) && Enum.IsDefined(mul) && Enum.IsDefined(pairing));
            Assert.NotEqual(Bn254Error.None, input.Length > 0 ? pairing : Bn254Error.PointNotOnCurve);
        }
    }

    private static byte[] G1Bytes(in CurvePoint<Fp> point)
    {
        var bytes = new byte[64];
        G1.Write(point, bytes);
        return bytes;
    }

    private static byte[] G2Bytes(in CurvePoint<Fp2> point)
    {
        var bytes = new byte[128];
        G2.Write(point, bytes);
        return bytes;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
