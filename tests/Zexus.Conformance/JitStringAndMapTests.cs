namespace Zexus.Conformance;

/// <summary>
/// The string, map and iteration paths (buffered long strings, pure built-in calls, list push, map index by string
/// key, FOR_ITER) against the stack interpreter and the evaluator, unlimited and under every gas and step limit of
/// a sweep (<see cref="JitOptimizationTests"/>): shadowed built-in names, push on things that are not lists, strings
/// shared between variables and appended separately, long strings as map keys, errors mid-loop.
/// </summary>
public class JitStringAndMapTests
{
    public static TheoryData<string, string, string> Programs => new()
    {
        {
            "long strings shared and appended separately",
            """
            let base = ""
            let i = 0
            while i < 100 { base = base + "ab" + string(i % 10) ; i = i + 1 }
            let left = base + "L"
            let right = base + "R"
            let again = base + "L"
            base = base + "!"
            print(len(base), len(left), len(right), left == again, left == right, slice(left, 295), slice(right, 295), slice(base, 295))
            let doubled = "x" * 300
            let k = 0
            while k < 12 { doubled = doubled + doubled ; k = k + 1 }
            print(len(doubled), doubled == "x" * 1000000 + "x" * 228800, slice(doubled, 1228795))
            let tail = right
            right = right + "more"
            print(len(tail), len(right), tail < right, right > tail, string(len(split(right, "ab"))), uppercase(slice(right, 299)))
            """,
            "301 301 301 true false b8ab9L b8ab9R b8ab9!"
        },
        {
            "long strings as map keys and in equality, hashing and text forms",
            """
            let key = "k" * 260
            let built = ""
            let j = 0
            while j < 260 { built = built + "k" ; j = j + 1 }
            let m = {}
            m[key] = 1
            m[built] = (m[built] ?? 0) + 10
            built = built + "x"
            m[built] = 5
            print(len(m), m[key], m["k" * 260 + "x"], keccak256(slice(built, 0, 260)) == keccak256(key), [slice(built, 258)], {"v": slice(built, 259)})
            let same = []
            for each k, v in m { same.push(len(k)) }
            print(same)
            """,
            "2 11 5 true [kkx] {v: kx}"
        },
        {
            "shadowed and rebound built-in names",
            """
            action f(string) { return string(1) }
            action g() {
              let len = action(x) { return "mine" }
              return len([1, 2])
            }
            let str = action(x) { return "global " + x }
            print(f(action(x) { return x + 1 }), g(), str("s"), string(12) + string(len("abc")))
            let t = type
            print(t(1), typeof(len), int("42") + 1, float(2))
            try { print(len(5)) } catch (e) { print("len: " + e) }
            try { print(int("x")) } catch (e) { print("int: " + e) }
            try { print(string()) } catch (e) { print("arity: " + e) }
            """,
            "2 mine global s 123"
        },
        {
            "push on lists, maps with a push member and other targets",
            """
            let parts = []
            let i = 0
            while i < 50 { parts.push("item" + string(i)) ; i = i + 1 }
            let obj = {"items": [], "push": action(x) { return "called " + x }}
            print(len(parts), parts[49], parts.push(1) == parts, obj.push("a"))
            let n = 5
            try { n.push(1) } catch (e) { print("int: " + e) }
            try { parts.push() } catch (e) { print("arity: " + e) }
            """,
            "50 item49 true called a"
        },
        {
            "map updates by string key and iteration",
            """
            action maps(n) {
              let m = {}
              let i = 0
              while i < n {
                let k = "k" + string(i % 7)
                m[k] = (m[k] ?? 0) + i
                i = i + 1
              }
              return m
            }
            let m = maps(100)
            print(len(m), m["k0"], m["k6"], m["none"])
            let total = 0
            for each k, v in m { total = total + v }
            for each k in m { total = total + len(k) }
            let idx = 0
            for each i, x in [10, 20, 30] { idx = idx + i * x }
            print(total, idx, "end")
            try { m[1] = 2 } catch (e) { print("key: " + e) }
            try { print(m[[1]]) } catch (e) { print("index: " + e) }
            try { for each x in 5 { print(x) } } catch (e) { print("iter: " + e) }
            let grow = [1, 2]
            for each x in grow { if len(grow) < 6 { grow.push(x * 10) } }
            print(grow)
            """,
            "7 735 721 null"
        },
        {
            "pure built-in calls in the middle of a block: rebound, shadowed, failing",
            """
            action conv(n) {
              let out = []
              let i = 0
              while i < n {
                out.push(string(i % 3) + str(i * 2) + string(len("ab") + i) + "|" + string(int("7") - i))
                i = i + 1
              }
              return out
            }
            print(conv(4)[3])
            print(string(1.5) + str(true) + string(null) + string([1, "a"]) + str({"k": 2}))
            action shadowed(string, n) {
              let acc = ""
              let i = 0
              while i < n { acc = acc + string(i % 3) + str(i) + "," ; i = i + 1 }
              return acc
            }
            print(shadowed(action(x) { let t = 0 ; while t < 3 { t = t + 1 } ; return "S" + str(x + t) }, 3))
            action flip(n) {
              let f = len
              let acc = ""
              let i = 0
              while i < n {
                acc = acc + string(f("abc") + i) + ","
                if i == 1 { f = action(x) { return 100 } }
                i = i + 1
              }
              return acc
            }
            print(flip(3))
            action bad(xs) {
              let total = 0
              for each x in xs { total = total + int(x) * 2 + len(string(x)) }
              return total
            }
            print(bad(["1", "22"]))
            print(bad(["1", "zz", "3"]))
            """,
            "065|4"
        },
        {
            "error in the middle of a string loop",
            """
            action build(parts) {
              let s = "-" * 300
              for each p in parts { s = s + p + "," }
              return len(s)
            }
            print(build(["a", "b"]))
            print(build(["a", 1, "c"]))
            """,
            "304"
        },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_SameOnEveryEngine_UnderEveryLimit(string name, string source, string expectedFirstLine) =>
        new JitOptimizationTests().Program_SameOnInterpreterAndJit_UnderEveryLimit(name, source, expectedFirstLine);
}
