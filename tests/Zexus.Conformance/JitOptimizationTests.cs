using Zexus.Lang;
using Zexus.Lang.Evaluator;

namespace Zexus.Conformance;

/// <summary>
/// The JIT tier's optimisations against the stack interpreter on programs written to exercise them: string
/// concatenation chains (non-string operands, errors mid-chain, unbound names between the two additions),
/// reused call scopes (stale bindings and constants of an earlier call must not show, recursion, the depth
/// limit, closures that capture their scope), direct built-in and method calls (arity errors, contract
/// actions, <c>require</c> called by name), action calls (reused transaction frames, reverts in nested calls, copied
/// arguments, <c>msg</c>), and try/catch. Each program must give the same output, errors with locations, gas and steps on
/// both tiers, unlimited and under every gas and step limit of a sweep; the expected output pins the meaning.
/// </summary>
public class JitOptimizationTests
{
    private sealed record Outcome(int ExitCode, string Stdout, string Stderr, long GasUsed, long Steps);

    public static TheoryData<string, string, string> Programs => new()
    {
        {
            "concat chains",
            """
            action chain(a, b, c) { return a + b + c }
            action named(a, b) {
              let c = "!"
              return a + b + c
            }
            print(chain("a", "b", "c"), named("x", "y"), chain(1, 2, 3), chain(1.5, 2, 3), chain([1], [2], [3]))
            let s = ""
            for each p in ["p", "q", "r"] { s = s + p + "," }
            print(s, len(s))
            try { print(chain("a", "b", 1)) } catch (e) { print("1: " + e) }
            try { print(chain("a", 1, "c")) } catch (e) { print("2: " + e) }
            try { print(chain(1, "b", "c")) } catch (e) { print("3: " + e) }
            try { print(chain("a", "b", null)) } catch (e) { print("4: " + e) }
            """,
            "abc xy! 6 6.5 [1, 2, 3]"
        },
        {
            "concat chain: unbound name between the additions",
            """
            action broken(a, b) { return a + b + nowhere }
            print("before")
            print(broken("a", "b"))
            """,
            "before"
        },
        {
            "concat chain: error in the second addition",
            """
            action second(a, b, c) {
              let x = 1
              return a + b + c
            }
            print(second("a", "b", "c"))
            print(second("a", "b", {}))
            """,
            "abc"
        },
        {
            "call scopes are fresh on every call",
            """
            action stale(first) {
              if first { let v = 1 }
              return v
            }
            action constant(first) {
              if first { const c = 1 } else { c = 2 }
              return c
            }
            action sum(n) {
              if n == 0 { return 0 }
              let here = n
              return here + sum(n - 1)
            }
            action twice(x) { return sum(x) + sum(x) }
            print(sum(50), twice(10), constant(true), stale(true))
            try { print(constant(false)) } catch (e) { print("constant: " + e) }
            try { print(stale(false)) } catch (e) { print("stale: " + e) }
            print(stale(true), constant(true))
            """,
            "1275 110 1 1"
        },
        {
            "closures keep their scope",
            """
            action counter() {
              let n = 0
              return () => {
                n = n + 1
                return n
              }
            }
            action apply(f, x) { return f(x) }
            let a = counter()
            let b = counter()
            print(a(), a(), b(), a())
            print(apply((v) => v * 3, 7), map([1, 2, 3], (v) => apply((w) => w + 1, v)))
            """,
            "1 2 1 3"
        },
        {
            "recursion depth limit",
            """
            action down(n) { return down(n + 1) }
            print("start")
            down(0)
            """,
            "start"
        },
        {
            "built-in and method calls",
            """
            let xs = []
            xs.push(1)
            xs.push(string(2))
            let m = {"a": 1}
            print(len(xs), xs, len("abc"), string(12) + "!", m.keys(), split("a,b", ","), events())
            try { print(len()) } catch (e) { print("len: " + e) }
            try { print(len(1, 2)) } catch (e) { print("len2: " + e) }
            try { print(xs.nosuch(1)) } catch (e) { print("method: " + e) }
            try { require(false, "stop") } catch (e) { print("require: " + e) }
            contract Box {
              state v = 0
              action put(a) {
                v = a
                return v
              }
              action add2(a, b) {
                v = v + a + b
                return v
              }
              action get() { return v }
            }
            print(Box.put(5), Box.add2(1, 2), Box.get())
            try { Box.missing(1) } catch (e) { print("action: " + e) }
            """,
            "2 [1, 2] 3 12! [a] [a, b] []"
        },
        {
            "action calls: reused transaction frames, reverted nested calls, copied list arguments",
            """
            contract Store {
              state items = []
              state n = 0
              action keep(xs) {
                items = xs
                xs.push(9)
                n = n + 1
                return items
              }
              action keepThenFail(xs) {
                items = xs
                n = n + 100
                require(len(xs) < 2, "too many")
                return n
              }
              action inner(k) {
                n = n + k
                items.push(k)
                require(k != 3, "inner " + string(k))
                return n
              }
              action outer(k) {
                n = n + 10
                try { this.inner(k) } catch (e) { items.push(e) }
                require(k != 4, "outer")
                return n
              }
            }
            let mine = [1]
            print(Store.keep(mine), mine, Store.items, Store.n)
            mine.push(2)
            print(Store.items)
            try { Store.keepThenFail(mine) } catch (e) { print(e) }
            print(Store.items, Store.n, mine)
            let i = 0
            while i < 6 {
              try { print(Store.outer(i)) } catch (e) { print("caught: " + e) }
              i = i + 1
            }
            print("end:", Store.items, Store.n)
            """,
            "[1, 9] [1] [1, 9] 1"
        },
        {
            "action calls: msg, require called by name, require shadowed",
            """
            contract B {
              action who() { return msg.sender }
              action plain(x) {
                require(x, "x is " + string(x))
                return x
              }
            }
            contract A {
              action via() { return B.who() }
              action me() { return this.address }
            }
            print(B.who(), A.via() == A.me(), B.plain(1))
            try { B.plain(null) } catch (e) { print("null: " + e) }
            try { B.plain(false) } catch (e) { print("false: " + e) }
            print(B.plain(0), B.plain(""), B.plain([]))
            action checked(v) {
              require(v)
              return v
            }
            try { checked(false) } catch (e) { print("one argument: " + e) }
            try { require() } catch (e) { print("none: " + e) }
            try { require(true, 1, 2) } catch (e) { print("three: " + e) }
            action shadowed(require) { return require(1, 2) }
            print("shadowed:", shadowed((a, b) => a + b), checked(7))
            B.plain(null)
            """,
            "system true 1"
        },
        {
            "try/catch/finally inside functions",
            """
            action safe(x) {
              try {
                return 10 / x
              } catch (e) {
                return "caught: " + e
              }
            }
            action fin(x) {
              let log = []
              try {
                try {
                  log.push("in")
                  if x > 0 { throw "boom " + string(x) }
                  log.push("ok")
                } finally {
                  log.push("finally")
                }
              } catch (e) {
                log.push("outer: " + e)
              }
              return log
            }
            action loopy(n) {
              let i = 0
              let caught = 0
              while i < n {
                try {
                  if i % 3 == 0 { throw i }
                  caught = caught + 10
                } catch (e) {
                  caught = caught + 1
                }
                i = i + 1
              }
              return caught
            }
            action rethrows(x) {
              try {
                return 1 / x
              } finally {
                print("cleanup")
              }
            }
            print(safe(2))
            print(safe(0))
            print(fin(0), fin(1), loopy(10))
            print(rethrows(1))
            rethrows(0)
            """,
            "5"
        },
    };

    private static Outcome Run(string source, Engine engine, long gasLimit = 0, long maxSteps = 0)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var options = new EvaluatorOptions { Output = stdout, GasLimit = gasLimit, MaxSteps = maxSteps, Timestamp = 1_700_000_000, BlockHash = new string('b', 64) };
        var outcome = ProgramRunner.OnLargeStack(() => ProgramRunner.RunSource(source, "jit.zx", options, stderr, engine));
        return new Outcome(outcome.ExitCode, stdout.ToString(), stderr.ToString(), outcome.GasUsed, outcome.Steps);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_SameOnInterpreterAndJit_UnderEveryLimit(string name, string source, string expectedFirstLine) =>
        AssertSameOnBothTiers(name, source, expectedFirstLine);

    /// <summary>
    /// The program gives the same outcome on the interpreter and the JIT, unlimited and under every gas and step limit
    /// of a sweep, and the evaluator's output; its output starts with <paramref name="expectedFirstLine"/>.
    /// </summary>
    internal static void AssertSameOnBothTiers(string name, string source, string expectedFirstLine)
    {
        var vm = Run(source, Engine.Interpreter);
        Assert.StartsWith(expectedFirstLine + "\n", vm.Stdout, StringComparison.Ordinal);
        Assert.Equal(vm, Run(source, Engine.Jit));
        Assert.Equal((vm.ExitCode, vm.Stdout, vm.Stderr), EvaluatorView(Run(source, Engine.Evaluator)));
        foreach (var limit in JitTierTests.Sweep(vm.GasUsed))
        {
            Assert.True(Run(source, Engine.Interpreter, gasLimit: limit) == Run(source, Engine.Jit, gasLimit: limit), $"{name}: gas limit {limit}");
        }

        foreach (var limit in JitTierTests.Sweep(vm.Steps))
        {
            Assert.True(Run(source, Engine.Interpreter, maxSteps: limit) == Run(source, Engine.Jit, maxSteps: limit), $"{name}: step limit {limit}");
        }
    }

    private static (int, string, string) EvaluatorView(Outcome o) => (o.ExitCode, o.Stdout, o.Stderr);
}
