namespace Zexus.Lang.Tests.Engines;

/// <summary>
/// Action calls as transactions (LANGUAGE.md 10.2-10.5) on every engine, on the paths the faster action call takes:
/// transaction frames reused from call to call, state copies reused once no frame holds them, arguments passed
/// without a copy when they are not containers, and <c>msg</c> left out of bodies that cannot read it. Each program's
/// whole output is pinned.
/// </summary>
public class ActionCallTests
{
    private static readonly Dictionary<string, (string Source, string Output)> Programs = new(StringComparer.Ordinal)
    {
        ["revert after a nested state change, on every reuse of the frames"] = (
            """
            contract Acc {
              state n = 0
              state log = []
              action inner(k) {
                n = n + k
                log.push(k)
                require(k % 2 == 0, "odd " + string(k))
                return n
              }
              action outer(k) {
                n = n + 100
                log.push("o")
                try { this.inner(k) } catch (e) { log.push(e) }
                require(k < 3, "outer " + string(k))
                return n
              }
            }
            let k = 0
            while k < 5 {
              try { print(Acc.outer(k)) } catch (e) { print(e) }
              print("state:", Acc.n, Acc.log)
              k = k + 1
            }
            """,
            """
            100
            state: 100 [o, 0]
            200
            state: 200 [o, 0, o, Requirement failed: odd 1]
            302
            state: 302 [o, 0, o, Requirement failed: odd 1, o, 2]
            Requirement failed: outer 3
            state: 302 [o, 0, o, Requirement failed: odd 1, o, 2]
            Requirement failed: outer 4
            state: 302 [o, 0, o, Requirement failed: odd 1, o, 2]

            """),
        ["list argument stored then reverted"] = (
            """
            contract Box {
              state items = [0]
              action put(xs) {
                items = xs
                xs.push(9)
                require(len(xs) < 3, "too long")
                return items
              }
              action pair(a, b) {
                a.push(1)
                return [len(a), len(b)]
              }
            }
            let mine = [1]
            print("put:", Box.put(mine), mine)
            mine.push(2)
            print(Box.items)
            try { Box.put(mine) } catch (e) { print(e) }
            print(Box.items, mine, Box.pair(mine, mine), mine)
            """,
            "put: [1, 9] [1]\n[1, 9]\nRequirement failed: too long\n[1, 9] [1, 2] [3, 2] [1, 2]\n"),
        ["msg read only where used, sender is the calling instance"] = (
            """
            contract Inner {
              state calls = 0
              action count() {
                calls = calls + 1
                return calls
              }
              action who() { return msg.sender }
              action whoLater() {
                let f = () => msg.sender
                return f()
              }
            }
            contract Outer {
              action ask() { return [Inner.count(), Inner.who(), Inner.whoLater(), this.address] }
            }
            print(Inner.count(), Inner.who(), Inner.whoLater())
            let r = Outer.ask()
            print(r[0], r[1] == r[3], r[2] == r[3], r[3] == Outer.address)
            """,
            "1 system system\n2 true true true\n"),
        ["instances alternating at one depth, re-entered, failing at each level (state copies kept in place)"] = (
            """
            contract A {
              state items = []
              state x = 0
              action add(k) {
                items.push(k)
                x = x + k
                require(k != 3, "A three")
                return x
              }
              action viaB(k) {
                x = x + 10
                let r = B.add(k)
                require(k != 4, "A four")
                return [x, r]
              }
            }
            contract B {
              state y = 0
              action add(k) {
                y = y + k
                let r = 0
                try { r = A.add(k) } catch (e) { r = e }
                require(k != 5, "B five")
                return [y, r]
              }
            }
            let k = 1
            while k <= 6 {
              try { print(A.add(k)) } catch (e) { print(e) }
              try { print(B.add(k)) } catch (e) { print(e) }
              try { print(A.viaB(k)) } catch (e) { print(e) }
              print("state:", A.x, A.items, B.y)
              k = k + 1
            }
            """,
            """
            1
            [1, 2]
            [13, [2, 13]]
            state: 13 [1, 1, 1] 2
            15
            [4, 17]
            [29, [6, 29]]
            state: 29 [1, 1, 1, 2, 2, 2] 6
            Requirement failed: A three
            [9, Requirement failed: A three]
            [39, [12, Requirement failed: A three]]
            state: 39 [1, 1, 1, 2, 2, 2] 12
            43
            [16, 47]
            Requirement failed: A four
            state: 47 [1, 1, 1, 2, 2, 2, 4, 4] 16
            52
            Requirement failed: B five
            Requirement failed: B five
            state: 52 [1, 1, 1, 2, 2, 2, 4, 4, 5] 16
            58
            [22, 64]
            [80, [28, 80]]
            state: 80 [1, 1, 1, 2, 2, 2, 4, 4, 5, 6, 6, 6] 28

            """),
    };

    public static IEnumerable<object[]> Cases() =>
        from engine in EngineMatrix.Engines()
        from name in Programs.Keys
        select new object[] { engine[0], name };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Program_GivesItsWholeOutput(string engine, string program) =>
        Assert.Equal(Programs[program].Output.Replace("\r\n", "\n", StringComparison.Ordinal), EngineMatrix.Output(engine, Programs[program].Source));
}
