using System.Globalization;
using System.Text;

namespace Zexus.Conformance;

/// <summary>
/// Seeded random Zexus programs from a small grammar that stresses what the compiler must get exactly right:
/// abrupt exits (break, continue, return, throw) through try/catch/finally and match block arms, compound
/// assignment to names, members and elements, closures over loop variables, conditional print, and errors
/// raised at every kind of node. Loops are bounded by their own counters so most programs terminate.
/// </summary>
public sealed class RandomZexusPrograms(Random rng)
{
    private static readonly string[] Names = ["a", "b", "c", "xs", "m", "e", "f0", "f1"];
    private static readonly string[] BinaryOps = ["+", "-", "*", "/", "%", "**", "==", "!=", "<", ">=", "&&", "||", "??"];
    private static readonly string[] CompoundOps = ["=", "+=", "-=", "*=", "/=", "%="];

    private StringBuilder _out = new();
    private int _indent;
    private int _loops;
    private int _functions;
    private int _counter;

    public string Next()
    {
        _out = new StringBuilder();
        _indent = 0;
        _loops = 0;
        _functions = 0;
        Line("let a = 1");
        Line("let b = 2");
        Line("let xs = [1, 2, 3]");
        Line("let m = {k: 1, j: \"s\"}");
        Line("let p = 3");
        Line("function f0(a, p) { return a }");
        Line("let f1 = (a, p) => p");
        var n = rng.Next(2, 12);
        for (var i = 0; i < n; i++)
        {
            // Most top-level statements report their error and let the program go on.
            if (rng.Next(4) == 0)
            {
                Statement(0);
                continue;
            }

            Line("try {");
            _indent++;
            Statement(0);
            _indent--;
            Line("} catch (err) { print(\"E\", err) }");
        }

        return _out.ToString();
    }

    private void Line(string text) => _out.Append(' ', 2 * _indent).Append(text).Append('\n');

    private void Block(int depth, string head, Action? prologue = null)
    {
        Line(head + " {");
        _indent++;
        prologue?.Invoke();
        var n = rng.Next(0, 4);
        for (var i = 0; i < n; i++)
        {
            Statement(depth + 1);
        }

        _indent--;
        Line("}");
    }

    private void Statement(int depth)
    {
        var nested = depth < 3;
        switch (rng.Next(nested ? 20 : 10))
        {
            case 0:
                Line($"let {Var()} = {Expr(0)}");
                break;
            case 1:
                Line($"{Var()} {CompoundOps[rng.Next(CompoundOps.Length)]} {Expr(0)}");
                break;
            case 2:
                Line($"{(rng.Next(2) == 0 ? $"xs[{Expr(1)}]" : "m." + (rng.Next(2) == 0 ? "k" : "z"))} {CompoundOps[rng.Next(CompoundOps.Length)]} {Expr(0)}");
                break;
            case 3:
            case 4:
                Line(rng.Next(4) switch
                {
                    0 => "print()",
                    1 => $"print({Expr(0)}, {Expr(0)})",
                    2 => $"print({Expr(0)}, {Expr(1)}, {Expr(1)})",
                    _ => $"print({Expr(0)})",
                });
                break;
            case 5 when _loops > 0:
                Line(rng.Next(2) == 0 ? "break" : "continue");
                break;
            case 6 when _functions > 0:
                Line(rng.Next(4) == 0 ? "return" : $"return {Expr(0)}");
                break;
            case 7:
                Line($"throw {Expr(1)}");
                break;
            case 8:
                Line($"{Expr(0)}");
                break;
            case 9:
                Line($"const c = {Expr(1)}");
                break;
            case 10:
                Block(depth, $"if {Expr(0)}");
                if (rng.Next(2) == 0)
                {
                    Block(depth, $"elif {Expr(0)}");
                }

                if (rng.Next(2) == 0)
                {
                    Block(depth, "else");
                }

                break;
            case 11 when depth < 2:
                {
                    var counter = "i" + _counter++.ToString(CultureInfo.InvariantCulture);
                    Line($"let {counter} = 0");
                    _loops++;
                    Block(depth, $"while {counter} < {rng.Next(1, 4)}", () => Line($"{counter} += 1"));
                    _loops--;
                    break;
                }

            case 12 when depth < 2:
                _loops++;
                Block(depth, rng.Next(3) switch
                {
                    0 => $"for each x in {(rng.Next(2) == 0 ? "[1, 2, 3]" : "[1, \"t\", null]")}",
                    1 => $"for each {(rng.Next(4) == 0 ? "x" : Var())}, x in {(rng.Next(2) == 0 ? "[4, 5]" : "m")}",
                    _ => $"for each k in {(rng.Next(3) == 0 ? Expr(1) : "m")}",
                });
                _loops--;
                break;
            case 13:
            case 14:
                Try(depth);
                break;
            case 15:
                {
                    var name = "f" + rng.Next(2).ToString(CultureInfo.InvariantCulture);
                    var saved = _loops;
                    _loops = 0;
                    _functions++;
                    Block(depth, $"function {name}(a, p)");
                    _functions--;
                    _loops = saved;
                    break;
                }

            case 16 when _functions == 0:
                Line($"print(f{rng.Next(2)}({Expr(1)}, {Expr(1)}))");
                break;
            case 17:
                Line($"let {Var()} = match {Expr(1)} {{");
                _indent++;
                Line("1 => { a += 1 }");
                Block(depth, "2 =>");
                Line($"\"s\" => {Expr(1)}");
                Line(rng.Next(2) == 0 ? "_ => null" : "y => y");
                _indent--;
                Line("}");
                break;
            case 18:
                _functions++;
                var body = Expr(1);
                _functions--;
                Line($"let f{rng.Next(2)} = (a, p) => {body}");
                break;
            default:
                // Only scalars: pushing containers that share structure makes text forms grow exponentially.
                Line($"xs.push({Scalar()})");
                break;
        }
    }

    private void Try(int depth)
    {
        Block(depth, "try");
        var form = rng.Next(3);
        if (form != 1)
        {
            Block(depth, rng.Next(3) switch { 0 => "catch (e)", 1 => "catch e", _ => "catch" });
        }

        if (form != 0)
        {
            Block(depth, "finally");
        }
    }

    private string Var() => Names[rng.Next(3)];

    private string Expr(int depth)
    {
        if (depth > 2)
        {
            return Atom();
        }

        return rng.Next(16) switch
        {
            0 or 1 or 2 => Atom(),
            3 or 4 => $"{Expr(depth + 1)} {BinaryOps[rng.Next(BinaryOps.Length)]} {Expr(depth + 1)}",
            5 => $"{(rng.Next(2) == 0 ? "-" : "!")}{Atom()}",
            6 => $"({Expr(depth + 1)} ? {Expr(depth + 1)} : {Expr(depth + 1)})",
            7 => $"[{Expr(depth + 1)}, {Expr(depth + 1)}]",
            8 => $"xs[{Expr(depth + 1)}]",
            9 => rng.Next(2) == 0 ? "m.k" : "m[\"j\"]",
            // No calls from inside functions: unbounded recursion with growing values exhausts memory, not steps.
            10 => _functions > 0 ? "p" : $"f{rng.Next(2)}({Expr(depth + 1)})",
            11 => $"\"v=${{{Expr(depth + 1)}}}\"",
            12 => $"match {Expr(depth + 1)} {{ 1 => \"one\", 2.5 => 2, true => {Expr(depth + 1)}, _ => null }}",
            13 => $"len({Expr(depth + 1)})",
            14 => $"((q) => q + {Atom()})({Expr(depth + 1)})",
            _ => $"({Expr(depth + 1)})",
        };
    }

    private string Scalar() => rng.Next(5) switch
    {
        0 => "1",
        1 => "\"s\"",
        2 => "null",
        3 => "2.5",
        _ => "a",
    };

    private string Atom() => rng.Next(14) switch
    {
        0 => "0",
        1 => "1",
        2 => "-2",
        3 => "2.5",
        4 => "\"s\"",
        5 => "null",
        6 => "true",
        7 => "false",
        8 => "[]",
        9 => "xs",
        10 => "m",
        11 => "p",
        _ => Names[rng.Next(Names.Length)],
    };
}
