using Zexus.Lang;

namespace Zexus.Conformance;

/// <summary>
/// The stack interpreter's fast paths and superinstructions (<c>Zexus.Vm.Interpreter.SuperInstructions</c>: local
/// and constant arithmetic, counter updates, compare-and-branch) against the JIT tier, which charges gas per basic
/// block instead: each program runs the fused sequences on their fast paths and on every way out of them (integer
/// overflow into big integers, floats, strings, booleans, null, unbound and shadowed names, constants, closures,
/// errors mid-sequence, modulo by zero and negative operands), and must give the same output, errors with
/// locations, gas and steps on both tiers, unlimited and under every gas and step limit up to its total, so that
/// a limit falling inside a fused sequence stops at the same instruction. Every limit is a whole run on each tier,
/// so the programs are cut into <see cref="Shards"/> slices, one test class each
/// (<c>InterpreterSuperInstructionShard0Tests</c>, …), which xunit runs in parallel.
/// </summary>
/// <typeparam name="TShard">The test class, naming its slice.</typeparam>
public abstract class InterpreterSuperInstructionTests<TShard>
    where TShard : IShard
{
    /// <summary>How many slices the programs are cut into; there is one <c>InterpreterSuperInstructionShard</c><i>N</i><c>Tests</c> class per slice.</summary>
    public const int Shards = 3;

    /// <summary>The programs of this class's slice.</summary>
    public static IEnumerable<object[]> Shard => TestData.Shard(Programs, TShard.Index, Shards);

    public static TheoryData<string, string, string> Programs => new()
    {
        {
            "counters and loop conditions",
            """
            action count(n) {
              let i = 0
              let s = 0
              while i < n {
                s = s + i * 2
                i = i + 1
              }
              let j = n
              while j > 0 { j = j - 3 }
              let k = 0
              while k <= n { k = k + 2 }
              let g = 10
              while g >= n { g = g - 1 }
              let e = 0
              while e != 4 { e = e + 1 }
              let q = 0
              while q == 0 { q = q + 1 }
              return [s, i, j, k, g, e, q, n % 3, n - 1, n * 3]
            }
            print(count(7))
            """,
            "[42, 7, -2, 8, 6, 4, 1, 1, 6, 21]"
        },
        {
            "overflow and non-integer operands leave the fast path",
            """
            action grow(x) {
              let a = x
              a = a + 1
              let b = a * 2
              let c = a - 1
              let d = -x
              d = d - 2
              return [a, b, c, d]
            }
            action mixed(x) {
              let v = x
              v = v + 1
              let w = v * 2
              let u = v % 2
              let small = 0
              if v < 3 { small = 1 }
              return [v, w, u, small]
            }
            print(grow(9223372036854775807))
            print(grow(3), mixed(1.5), mixed(2))
            print(mixed("s"))
            """,
            "[9223372036854775808, 18446744073709551616, 9223372036854775807, -9223372036854775809]"
        },
        {
            "comparisons of other kinds",
            """
            action cmp(a, b) {
              let r = []
              if a < b { r.push("lt") }
              if a == b { r.push("eq") }
              if a != b { r.push("ne") }
              return r
            }
            action eqs(a) {
              let r = []
              if a == true { r.push("true") }
              if a == null { r.push("null") }
              if a != 1 { r.push("not1") }
              return r
            }
            action ge(a) {
              if a >= 2 { return "ge2" }
              return "lt2"
            }
            print(cmp(1, 2), cmp(2.5, 2.5), cmp("a", "b"), eqs(true), eqs(null), eqs(1), ge(2), ge(1.5))
            print(cmp(9223372036854775808, 9223372036854775809))
            print(cmp([1], 2))
            """,
            "[lt, ne] [eq] [lt, ne] [true, not1] [null, not1] [] ge2 lt2"
        },
        {
            "constants, unbound, shadowed and captured names",
            """
            action constant() {
              const c = 1
              c = c + 1
              return c
            }
            action unbound(first) {
              if first { let v = 1 }
              v = v + 1
              return v
            }
            let outer = 10
            action shadow(flag) {
              if flag { let outer = 1 }
              let t = outer + 1
              return t
            }
            action counter() {
              let n = 0
              return () => {
                n = n + 1
                return n
              }
            }
            let next = counter()
            print(shadow(true), shadow(false), next(), next(), unbound(true))
            try { print(constant()) } catch (e) { print("constant: " + e) }
            try { print(unbound(false)) } catch (e) { print("unbound: " + e) }
            """,
            "2 11 1 2 2"
        },
        {
            "modulo and errors in the middle of a sequence",
            """
            action mods(x) {
              let a = x
              let r = a % 3
              let m = a % -3
              return [r, m]
            }
            action zero(x) {
              let a = x
              return a % 0
            }
            action bad(x) {
              let a = x
              a = a - 1
              return a
            }
            print(mods(7))
            print(mods(-7))
            try { print(zero(5)) } catch (e) { print("zero: " + e) }
            try { print(bad({})) } catch (e) { print("bad: " + e) }
            print(bad([1]))
            """,
            "[1, -2]"
        },
    };

    [Theory]
    [MemberData(nameof(Shard))]
    public void Program_SameOnInterpreterAndJit_UnderEveryLimit(string name, string source, string expectedFirstLine)
    {
        JitOptimizationTests.AssertSameOnBothTiers(name, source, expectedFirstLine);
        var full = JitOptimizationTests.Run(source, Engine.Interpreter);
        for (var limit = 1L; limit <= full.GasUsed + 1; limit++)
        {
            Assert.True(JitOptimizationTests.Run(source, Engine.Interpreter, gasLimit: limit) == JitOptimizationTests.Run(source, Engine.Jit, gasLimit: limit), $"{name}: gas limit {limit}");
        }

        for (var limit = 1L; limit <= full.Steps + 1; limit++)
        {
            Assert.True(JitOptimizationTests.Run(source, Engine.Interpreter, maxSteps: limit) == JitOptimizationTests.Run(source, Engine.Jit, maxSteps: limit), $"{name}: step limit {limit}");
        }
    }
}
