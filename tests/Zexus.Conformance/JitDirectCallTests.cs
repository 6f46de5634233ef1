namespace Zexus.Conformance;

/// <summary>
/// The JIT's direct calls between compiled functions (<c>JitDirectCalls</c>) against the stack interpreter: missing
/// and extra arguments, call sites that meet closures, built-ins and contracts, non-integer operands, errors thrown
/// deep inside directly called functions and caught further up (the call depth must be given back, so the limit of
/// LANGUAGE.md 5.11 stays exact afterwards), the depth limit itself, and callees that are not called directly
/// (they capture their scope). Every program is also run under every gas and step limit of a sweep, so running out
/// inside the direct path stops where the interpreter stops.
/// </summary>
public class JitDirectCallTests
{
    public static TheoryData<string, string, string> Programs => new()
    {
        {
            "arities, missing and extra arguments",
            """
            action zero() { return "z" }
            action one(a) { return [a] }
            action two(a, b) { return [a, b] }
            action three(a, b, c) { return [a, b, c] }
            action calls(n) {
              if n == 0 { return [] }
              return [zero(), one(n), one(), two(n), two(n, n + 1), three(n, 2), one(n, 99)] + calls(n - 1)
            }
            print(calls(1))
            print(len(calls(20)))
            """,
            "[z, [1], [null], [1, null], [1, 2], [1, 2, null], [1]]"
        },
        {
            "one call site, many kinds of callee",
            """
            action double(x) { return x * 2 }
            action make(k) { return (x) => x + k }
            contract Acc {
              state total = 0
              action add(x) {
                total = total + x
                return total
              }
            }
            action ap(f, x) { return f(x) }
            let plus = make(10)
            print(ap(double, 4), ap(plus, 4), ap(len, "abcd"), ap(string, 7) + "!", ap(Acc.add, 5), ap(Acc.add, 6), ap(double, 2.5), ap(double, "ab"))
            try { ap(5, 1) } catch (e) { print("not callable: " + e) }
            try { ap(null, 1) } catch (e) { print("null: " + e) }
            """,
            "8 14 4 7! 5 11 5.0 abab"
        },
        {
            "non-integer operands through recursion",
            """
            action fib(n) {
              if n < 2 { return n }
              return fib(n - 1) + fib(n - 2)
            }
            action rep(s, n) {
              if n == 0 { return s }
              return rep(s + ".", n - 1)
            }
            action dec(n, k) {
              if k == 0 { return n }
              return dec(n - 1, k - 1)
            }
            print(fib(15), fib(10.5), rep("a", 5), fib(12) * 9223372036854775807, dec(9223372036854775807 * 2, 5), dec(-9223372036854775807, 3))
            try { print(fib("x")) } catch (e) { print("string: " + e) }
            try { print(fib([1])) } catch (e) { print("list: " + e) }
            """,
            "610 99.5 a..... 1328165573307087716208 18446744073709551609 -9223372036854775810"
        },
        {
            "errors deep down, caught up the chain, then the depth limit is exact",
            """
            action dive(n, fail) {
              if n == 0 {
                if fail { return 1 / 0 }
                return 0
              }
              return 1 + dive(n - 1, fail)
            }
            action guarded(n) {
              try { return dive(n, true) } catch (e) { return "caught: " + e }
            }
            action count(n) {
              if n == 0 { return 0 }
              return 1 + count(n - 1)
            }
            print(guarded(50))
            let i = 0
            while i < 6 {
              guarded(200)
              i = i + 1
            }
            print(count(999))
            try { count(1000) } catch (e) { print("limit: " + e) }
            print(count(999), guarded(998), "again")
            """,
            "caught: Division by zero"
        },
        {
            "the depth limit inside directly called code",
            """
            action deep(n) {
              if n == 0 { return 0 }
              return deep(n - 1) + 1
            }
            print(deep(998))
            print(deep(5000))
            """,
            "998"
        },
        {
            "direct calls next to callees that capture their scope",
            """
            action adder(k) {
              let f = (x) => x + k
              return f
            }
            action walk(n, acc) {
              if n == 0 { return acc }
              let g = adder(n)
              return walk(n - 1, g(acc))
            }
            action pair(a, b) { return a * 100 + b }
            action both(n) {
              if n == 0 { return 0 }
              return pair(n, walk(n, 0)) + both(n - 1)
            }
            print(walk(10, 0), both(12), "done")
            """,
            "55 8164 done"
        },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_SameOnInterpreterAndJit_UnderEveryLimit(string name, string source, string expectedFirstLine) =>
        JitOptimizationTests.AssertSameOnBothTiers(name, source, expectedFirstLine);
}
