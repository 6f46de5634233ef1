using Zexus.Vm.Bytecode;

namespace Zexus.Vm.Tests.Bytecode;

/// <summary>
/// 100,000 seeded random and mutated containers (<see cref="ContainerFuzzer"/>): the deserializer and the
/// verifier each either accept or reject with their own exception and a reason; nothing else may escape.
/// An accepted container must re-serialize to exactly its own bytes (the encoding is canonical).
/// </summary>
public class VerifierFuzzTests
{
    private const int Cases = 100_000;

    [Fact]
    public void SeededContainers_RejectedWithReasonOrAccepted()
    {
        var outcomes = new int[ContainerFuzzer.KindCount, 3];
        var failures = new List<string>();
        for (var i = 0; i < Cases && failures.Count < 10; i++)
        {
            var bytes = ContainerFuzzer.Case(i);
            var outcome = Run(bytes, out var failure);
            if (failure is not null)
            {
                failures.Add($"case {i}: {failure}");
            }

            outcomes[i % ContainerFuzzer.KindCount, outcome]++;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The corpus must exercise all three outcomes, or the fuzz has stopped testing anything.
        var total = new int[3];
        for (var k = 0; k < ContainerFuzzer.KindCount; k++)
        {
            for (var o = 0; o < 3; o++)
            {
                total[o] += outcomes[k, o];
            }
        }

        Assert.Equal(ContainerFuzzer.KindCount * (Cases / ContainerFuzzer.KindCount) + Cases % ContainerFuzzer.KindCount, total.Sum());
        Assert.True(outcomes[0, 2] == Cases / ContainerFuzzer.KindCount + (0 < Cases % ContainerFuzzer.KindCount ? 1 : 0), "every unmutated random program verifies");
        Assert.True(total[0] > Cases / 10, $"format rejections: {total[0]}");
        Assert.True(total[1] > Cases / 20, $"verifier rejections: {total[1]}");
        Assert.True(total[2] > Cases / 10, $"accepted: {total[2]}");
    }

    [Fact]
    public void Fuzzer_SameCase_SameBytes() => Assert.Equal(ContainerFuzzer.Case(12345), ContainerFuzzer.Case(12345));

    /// <summary>0: format rejection, 1: verifier rejection, 2: accepted.</summary>
    private static int Run(byte[] bytes, out string? failure)
    {
        failure = null;
        ZvmProgram program;
        try
        {
            program = ZvmDeserializer.Deserialize(bytes);
        }
        catch (BytecodeFormatException e)
        {
            if (string.IsNullOrEmpty(e.Reason) || e.Offset < 0 || e.Offset > bytes.Length)
            {
                failure = $"format rejection without a proper reason/offset: {e.Message}";
            }

            return 0;
        }
        catch (Exception e)
        {
            failure = $"deserializer threw {e.GetType().Name}: {e.Message}";
            return 0;
        }

        try
        {
            if (!ZvmSerializer.Serialize(program).AsSpan().SequenceEqual(bytes))
            {
                failure = "accepted container does not re-serialize to the same bytes";
            }
        }
        catch (Exception e)
        {
            failure = $"re-serialization threw {e.GetType().Name}: {e.Message}";
        }

        try
        {
            ZvmVerifier.Verify(program, RandomPrograms.BuiltinCount);
            return 2;
        }
        catch (VerificationException e)
        {
            if (string.IsNullOrEmpty(e.Reason))
            {
                failure = $"verifier rejection without a reason: {e.Message}";
            }

            return 1;
        }
        catch (Exception e)
        {
            failure = $"verifier threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
            return 1;
        }
    }
}
