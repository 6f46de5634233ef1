using static Zexus.Lang.Tests.Engines.EngineMatrix;

namespace Zexus.Lang.Tests.Engines;

/// <summary>
/// Action calls as transactions (LANGUAGE.md 10.2-10.5) on every engine, on the paths the faster action call takes:
/// transaction frames reused from call to call, state copies reused once no frame holds them, arguments passed
/// without a copy when they are not containers, and <c>msg</c> left out of bodies that cannot read it.
/// </summary>
public class ActionCallTests
{
    public static IEnumerable<object[]> Engines() => EngineMatrix.Engines();

    [Theory]
    [MemberData(nameof(Engines))]
    public void RevertAfterNestedStateChange_RestoresState_OnEveryReuseOfTheFrames(string engine)
    {
        var src = """
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
            """;
        Assert.Equal(
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

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void ListArgument_StoredThenReverted_LeavesStateAndCallerListAsTheyWere(string engine)
    {
        var src = """
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
            """;
        Assert.Equal("put: [1, 9] [1]\n[1, 9]\nRequirement failed: too long\n[1, 9] [1, 2] [3, 2] [1, 2]\n", Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Msg_ReadOnlyWhereUsed_SenderIsTheCallingInstance(string engine)
    {
        var src = """
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
            """;
        Assert.Equal("1 system system\n2 true true true\n", Output(engine, src));
    }
}
