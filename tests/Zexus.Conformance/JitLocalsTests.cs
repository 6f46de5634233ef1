using Zexus.Lang;

namespace Zexus.Conformance;

/// <summary>
/// The JIT keeping a function's own slots in IL locals and calling such functions without a call scope
/// (<c>JitLocals</c>, <c>JitCode.Scopeless</c>) against the stack interpreter and the evaluator: shadowing in both
/// directions, variables declared in loop bodies, reads and writes of a local before its <c>let</c> (the search
/// continues outward or fails exactly as in the scope), constants, try/catch, recursion, errors with their
/// file:line, missing and extra arguments, contract actions, and functions entered from the interpreter tier as
/// well as from compiled code. Every program also runs under every gas and step limit of a sweep.
/// </summary>
public class JitLocalsTests
{
    public static TheoryData<string, string, string> Programs => new()
    {
        {
            "a local shadowing a global and a global read where a local is not bound yet",
            """
            let x = "global"
            let k = "gk"
            action shadow(n) {
              let before = x
              let x = n * 2
              let after = x
              x = x + 1
              return [before, after, x]
            }
            action readGlobal() { return x }
            action assignBefore(n) {
              x = "assigned " + string(n)
              let x = n
              x = x + 1
              return x
            }
            action lens(s) {
              let a = len(s)
              let len = 7
              return [a, len]
            }
            print(shadow(3), readGlobal(), assignBefore(5), x, lens("abc"), shadow(4), readGlobal())
            """,
            "[global, 6, 7] global 6 assigned 5 [3, 7] [assigned 5, 8, 9] assigned 5"
        },
        {
            "variables declared in a loop body, read before their let in the next round",
            """
            let k = "g"
            action loopy(n) {
              let out = []
              let i = 0
              while i < n {
                out.push(k)
                let k = i * 10
                out.push(k)
                i = i + 1
              }
              for each v in [1, 2] {
                let w = v + 100
                out.push(w)
              }
              return out
            }
            print(loopy(3))
            print(loopy(1), k)
            """,
            "[g, 0, 0, 10, 10, 20, 101, 102]"
        },
        {
            "locals bound on some paths only: one branch, a try and its catch, a loop body, and a read before the let of the next round",
            """
            let z = "gz"
            let t = "gt"
            let e = "ge"
            action branches(flag, n) {
              if flag { let z = n }
              let r = [z]
              try {
                if n > 1 { let t = n * 3 }
                if n > 2 { throw "boom" }
                r.push(t)
              } catch (err) {
                r.push(t)
                r.push(err)
              }
              for each v in [n, n + 1] { let e = v }
              r.push(e)
              let i = 0
              while i < 2 {
                if i == 1 { r.push(z) }
                let z = i
                i = i + 1
              }
              r.push(z)
              return r
            }
            print(branches(true, 1), branches(false, 2), branches(true, 3), branches(false, 0))
            """,
            "[1, gt, 2, 0, 1] [gz, 6, 3, 0, 1] [3, 9, boom, 4, 0, 1] [gz, gt, 1, 0, 1]"
        },
        {
            "calls of a function's own closures with other captured scopes, and a recursive name rebound mid-recursion",
            """
            action make(k) {
              action rec(n, other) {
                if n == 0 { return k }
                return k + other(n - 1, rec)
              }
              return rec
            }
            let a = make("A")
            let b = make("B")
            action other(m) { return "other" + string(m) }
            let g = null
            action swap() { g = other }
            action count(n) {
              if n == 2 { swap() }
              if n == 0 { return "done" }
              return string(n) + g(n - 1)
            }
            g = count
            print(a(4, b), b(3, a), count(4), g(5), count(1))
            """,
            "ABABA BABA 432other1 other5 1other0"
        },
        {
            "unbound locals: errors for reads, writes and compound assignments before the let",
            """
            action early(mode) {
              if mode == 0 { print(y) }
              if mode == 1 { y = 1 }
              if mode == 2 { y += 1 }
              let y = mode
              y += 10
              return y
            }
            print(early(3))
            try { early(0) } catch (e) { print("read: " + e) }
            try { early(1) } catch (e) { print("write: " + e) }
            try { early(2) } catch (e) { print("compound: " + e) }
            print(early(4))
            """,
            "13"
        },
        {
            "constant locals and constant globals",
            """
            const G = 1
            action consts(n) {
              const c = n + 1
              let v = c * 2
              try { c = 5 } catch (e) { print("assign: " + e) }
              try { c += 1 } catch (e) { print("compound: " + e) }
              try { G = 2 } catch (e) { print("global: " + e) }
              v = v + G
              return [c, v]
            }
            print(consts(1))
            print(consts(10), G)
            """,
            "assign: Cannot reassign constant 'c'"
        },
        {
            "try/catch inside a function with locals changed in the try and read in the handler",
            """
            action guard(n) {
              let st = "start"
              try {
                st = "in try"
                let q = 10 / n
                st = "after " + string(q)
              } catch (e) {
                st = st + " / caught " + e
              }
              let tail = st + "!"
              return tail
            }
            action nested(n) {
              let log = []
              let i = 0
              while i < n {
                try {
                  log.push(guard(i))
                  if i == 2 { log.push(1 / 0) }
                } catch (e) {
                  log.push("outer " + string(i))
                }
                i = i + 1
              }
              return log
            }
            print(guard(2))
            print(guard(0))
            print(nested(4))
            """,
            "after 5!"
        },
        {
            "recursion with locals and mutual recursion",
            """
            action fib(n) {
              if n < 2 { return n }
              let a = fib(n - 1)
              let b = fib(n - 2)
              return a + b
            }
            action isEven(n) {
              if n == 0 { return true }
              let m = n - 1
              return isOdd(m)
            }
            action isOdd(n) {
              if n == 0 { return false }
              let m = n - 1
              return isEven(m)
            }
            action sum(xs, i) {
              if i >= len(xs) { return 0 }
              let here = xs[i]
              let rest = sum(xs, i + 1)
              return here + rest
            }
            print(fib(15), isEven(40), isOdd(7), sum([1, 2, 3, 4.5, 10], 0), fib(2.5))
            """,
            "610 true true 20.5 2.0"
        },
        {
            "missing and extra arguments through every call path",
            """
            action none() {
              let z = "z"
              return z
            }
            action one(a) {
              let r = [a]
              return r
            }
            action two(a, b) {
              let r = [a, b]
              return r
            }
            action three(a, b, c) {
              let r = [a, b, c]
              return r
            }
            action four(a, b, c, d) { return [a, b, c, d] }
            action calls(n) {
              if n == 0 { return [] }
              return [none(), none(1), one(), one(n, 9), two(n), two(n, n + 1, 99), three(n), three(n, 2), three(1, 2, 3, 4), four(n, 2, 3)] + calls(n - 1)
            }
            print(calls(1))
            print(len(calls(30)))
            let f = two
            print(f(5), f(), three(7, 8, 9))
            """,
            "[z, z, [null], [1], [1, null], [1, 2], [1, null, null], [1, 2, null], [1, 2, 3], [1, 2, 3, null]]"
        },
        {
            "contract actions with locals, state and parameters",
            """
            contract Bank {
              state total = 0
              action deposit(a, b) {
                let sum = a + b
                total = total + sum
                let doubled = total * 2
                return [total, doubled]
              }
              action fail(a) {
                let before = total
                total = total + a
                require(a < 5, "too big")
                return before
              }
            }
            print(Bank.deposit(1, 2))
            print(Bank.deposit(3, 4))
            print(Bank.fail(1))
            try { Bank.fail(9) } catch (e) { print("fail: " + e) }
            print(Bank.total)
            """,
            "[3, 6]"
        },
        {
            "an error in the middle of a function, uncaught, with its line",
            """
            action work(n) {
              let a = n + 1
              let b = a * 2
              print("b = " + string(b))
              let c = b / (n - 3)
              return c
            }
            action outer(n) {
              let r = work(n)
              return r + 1
            }
            print(outer(5))
            print(outer(3))
            print("not reached")
            """,
            "b = 12"
        },
        {
            "gas or steps running short inside try, catch and finally blocks (the run continues on the interpreter with the handlers and the errors held)",
            """
            action guarded(n) {
              let log = []
              let i = 0
              while i < n {
                try {
                  try {
                    if i % 3 == 1 { throw "inner " + string(i) }
                    log.push(i * 10 + 1)
                  } finally {
                    log.push("f" + string(i))
                    if i == 4 { throw "from finally" }
                  }
                } catch (e) {
                  log.push(e)
                }
                i = i + 1
              }
              return log
            }
            action deep(n) {
              try {
                let r = guarded(n)
                if len(r) > 8 { throw "long " + string(len(r)) }
                return r
              } catch (e) {
                return e
              } finally {
                print("deep " + string(n))
              }
            }
            print(deep(2))
            print(deep(6))
            print(guarded(5))
            """,
            "deep 2"
        },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_SameOnEveryEngine_UnderEveryLimit(string name, string source, string expectedFirstLine)
    {
        JitOptimizationTests.AssertSameOnBothTiers(name, source, expectedFirstLine);
        Assert.Equal(JitOptimizationTests.Run(source, Engine.Interpreter), JitOptimizationTests.Run(source, Engine.Vm));
    }

    /// <summary>
    /// A function with locals entered first from the interpreter tier (its first runs), then compiled and called
    /// from the top level (generic entry, scope copied in), and from compiled code (direct path, no scope).
    /// </summary>
    [Fact]
    public void FunctionCalledFromInterpreterAndCompiledCode_SameOnEveryEngine()
    {
        const string source = """
            let total = 0
            action step(a, b) {
              let s = a + b
              if s > 100 {
                let big = s - 100
                return big
              }
              total = total + 1
              return s
            }
            let i = 0
            let out = []
            while i < 12 {
              out.push(step(i, i * 10))
              i = i + 1
            }
            action loop(n) {
              let acc = 0
              let j = 0
              while j < n {
                acc = acc + step(j, 1)
                j = j + 1
              }
              return acc
            }
            print(out, loop(20), loop(200), total)
            """;
        var interpreter = JitOptimizationTests.Run(source, Engine.Interpreter);
        Assert.StartsWith("[0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 10, 21]", interpreter.Stdout, StringComparison.Ordinal);
        Assert.Equal(interpreter, JitOptimizationTests.Run(source, Engine.Vm));
        Assert.Equal(interpreter, JitOptimizationTests.Run(source, Engine.Jit));
        foreach (var limit in JitTierTests.Sweep(interpreter.GasUsed))
        {
            Assert.Equal(JitOptimizationTests.Run(source, Engine.Interpreter, gasLimit: limit), JitOptimizationTests.Run(source, Engine.Vm, gasLimit: limit));
        }

        foreach (var limit in JitTierTests.Sweep(interpreter.Steps))
        {
            Assert.Equal(JitOptimizationTests.Run(source, Engine.Interpreter, maxSteps: limit), JitOptimizationTests.Run(source, Engine.Vm, maxSteps: limit));
        }
    }
}
