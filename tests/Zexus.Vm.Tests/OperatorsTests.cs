using System.Numerics;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests;

public class OperatorsTests
{
    private static Value Apply(string op, Value a, Value b) => op switch
    {
        "+" => Operators.Add(a, b),
        "-" => Operators.Sub(a, b),
        "*" => Operators.Mul(a, b),
        "/" => Operators.Div(a, b),
        "%" => Operators.Mod(a, b),
        "**" => Operators.Pow(a, b),
        "==" => Value.FromBool(Operators.Equal(a, b)),
        "!=" => Value.FromBool(!Operators.Equal(a, b)),
        "<" => Value.FromBool(Operators.Compare(CompareOp.Lt, a, b)),
        ">" => Value.FromBool(Operators.Compare(CompareOp.Gt, a, b)),
        "<=" => Value.FromBool(Operators.Compare(CompareOp.LtEq, a, b)),
        ">=" => Value.FromBool(Operators.Compare(CompareOp.GtEq, a, b)),
        _ => throw new ArgumentException(op),
    };

    private static string Run(string a, string op, string b)
    {
        try
        {
            return Show(Apply(op, Parse(a), Parse(b)));
        }
        catch (ZexusError e)
        {
            return "E:" + e.Message;
        }
    }

    [Theory]
    // 5.3 both integers.
    [InlineData("1", "+", "2", "I:3")]
    [InlineData("5", "-", "7", "I:-2")]
    [InlineData("6", "*", "7", "I:42")]
    [InlineData("7", "/", "2", "I:3")]
    [InlineData("-7", "/", "2", "I:-4")]
    [InlineData("7", "/", "-2", "I:-4")]
    [InlineData("-7", "/", "-2", "I:3")]
    [InlineData("6", "/", "3", "I:2")]
    [InlineData("-6", "/", "3", "I:-2")]
    [InlineData("0", "/", "5", "I:0")]
    [InlineData("1", "/", "0", "E:Division by zero")]
    [InlineData("-7", "%", "2", "I:1")]
    [InlineData("7", "%", "-2", "I:-1")]
    [InlineData("7", "%", "2", "I:1")]
    [InlineData("-7", "%", "-2", "I:-1")]
    [InlineData("6", "%", "-3", "I:0")]
    [InlineData("1", "%", "0", "E:Modulo by zero")]
    [InlineData("2", "**", "10", "I:1024")]
    [InlineData("0", "**", "0", "I:1")]
    [InlineData("0", "**", "5", "I:0")]
    [InlineData("-2", "**", "3", "I:-8")]
    [InlineData("-1", "**", "99999999999999999999999", "I:-1")]
    [InlineData("-1", "**", "99999999999999999999998", "I:1")]
    [InlineData("1", "**", "99999999999999999999999", "I:1")]
    [InlineData("0", "**", "99999999999999999999999", "I:0")]
    [InlineData("2", "**", "-1", "F:0.5")]
    [InlineData("-2", "**", "-2", "F:0.25")]
    [InlineData("0", "**", "-1", "E:Division by zero")]
    [InlineData("2", "**", "64", "I:18446744073709551616")]
    [InlineData("3", "**", "40", "I:12157665459056928801")]
    [InlineData("2", "**", "4096", "E:Integer overflow in exponentiation")]
    [InlineData("2", "**", "4097", "E:Integer overflow in exponentiation")]
    [InlineData("2", "**", "99999999999999999999999", "E:Integer overflow in exponentiation")]
    [InlineData("16", "**", "1024", "E:Integer overflow in exponentiation")]
    [InlineData("3", "**", "2585", "E:Integer overflow in exponentiation")]
    [InlineData("9223372036854775807", "+", "1", "I:9223372036854775808")]
    [InlineData("-9223372036854775808", "-", "1", "I:-9223372036854775809")]
    [InlineData("-9223372036854775808", "/", "-1", "I:9223372036854775808")]
    [InlineData("-9223372036854775808", "%", "-1", "I:0")]
    [InlineData("9223372036854775807", "*", "2", "I:18446744073709551614")]
    [InlineData("18446744073709551616", "-", "18446744073709551615", "I:1")]
    [InlineData("-18446744073709551617", "/", "2", "I:-9223372036854775809")]
    [InlineData("-18446744073709551617", "%", "2", "I:1")]
    [InlineData("18446744073709551617", "%", "-2", "I:-1")]
    [InlineData("18446744073709551617", "/", "0", "E:Division by zero")]
    [InlineData("18446744073709551617", "%", "0", "E:Modulo by zero")]
    // 5.3 both floats.
    [InlineData("1.5", "+", "2.25", "F:3.75")]
    [InlineData("0.1", "+", "0.2", "F:0.30000000000000004")]
    [InlineData("5.0", "-", "2.0", "F:3.0")]
    [InlineData("7.0", "/", "2.0", "F:3.5")]
    [InlineData("1.0", "/", "3.0", "F:0.3333333333333333")]
    [InlineData("1.0", "/", "0.0", "E:Division by zero")]
    [InlineData("1.0", "/", "-0.0", "E:Division by zero")]
    [InlineData("-7.5", "%", "2.0", "F:0.5")]
    [InlineData("7.5", "%", "-2.0", "F:-0.5")]
    [InlineData("7.5", "%", "2.0", "F:1.5")]
    [InlineData("-4.0", "%", "2.0", "F:0.0")]
    [InlineData("4.0", "%", "-2.0", "F:-0.0")]
    [InlineData("1.0", "%", "0.0", "E:Modulo by zero")]
    [InlineData("1.0", "%", "-0.0", "E:Modulo by zero")]
    [InlineData("2.0", "**", "0.5", "F:1.4142135623730951")]
    [InlineData("2.0", "**", "70.0", "F:1.1805916207174113e+21")]
    [InlineData("-8.0", "**", "0.5", "F:nan")]
    [InlineData("10.0", "**", "400.0", "F:inf")]
    [InlineData("0.0", "**", "-1.0", "E:Division by zero")]
    [InlineData("-0.0", "**", "-2.0", "E:Division by zero")]
    [InlineData("0.0", "**", "0.0", "F:1.0")]
    [InlineData("1e308", "*", "10.0", "F:inf")]
    [InlineData("inf", "-", "inf", "F:nan")]
    [InlineData("inf", "+", "1.0", "F:inf")]
    [InlineData("nan", "+", "1.0", "F:nan")]
    [InlineData("5.0", "%", "-inf", "F:-inf")]
    [InlineData("5.0", "%", "inf", "F:5.0")]
    // 5.3 mixed table.
    [InlineData("1", "+", "2.5", "F:3.5")]
    [InlineData("2", "*", "1.5", "F:3.0")]
    [InlineData("5", "-", "0.5", "F:4.5")]
    [InlineData("5", "-", "2.0", "I:3")]
    [InlineData("9", "/", "2.0", "F:4.5")]
    [InlineData("10", "%", "3.5", "I:3")]
    [InlineData("2", "**", "0.5", "F:1.4142135623730951")]
    [InlineData("4", "**", "0.5", "F:2.0")]
    [InlineData("1", "+", "2.0", "F:3.0")]
    [InlineData("7.5", "%", "2", "F:1.5")]
    // Mixed, further cases.
    [InlineData("5.0", "-", "2", "I:3")]
    [InlineData("8.0", "%", "3", "I:2")]
    [InlineData("-1", "%", "0.5", "I:0")]
    [InlineData("0", "-", "0.0", "I:0")]
    [InlineData("1e300", "-", "0", "I:1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")]
    [InlineData("inf", "-", "1", "F:inf")]
    [InlineData("nan", "%", "1", "F:nan")]
    [InlineData("1", "/", "0.0", "E:Division by zero")]
    [InlineData("1.0", "/", "0", "E:Division by zero")]
    [InlineData("1", "%", "0.0", "E:Modulo by zero")]
    [InlineData("0", "**", "-1.0", "E:Division by zero")]
    [InlineData("0.0", "**", "-1", "E:Division by zero")]
    [InlineData("2.0", "**", "3", "F:8.0")]
    [InlineData("9007199254740993", "+", "0.0", "F:9007199254740992.0")]
    // Strings and lists.
    [InlineData("\"ab\"", "+", "\"cd\"", "S:abcd")]
    [InlineData("\"ab\"", "+", "1", "E:Type mismatch: cannot add STRING and INTEGER")]
    [InlineData("1", "+", "\"ab\"", "E:Type mismatch: cannot add INTEGER and STRING")]
    [InlineData("\"ab\"", "+", "null", "E:Type mismatch: cannot add STRING and NULL")]
    [InlineData("\"ab\"", "*", "3", "S:ababab")]
    [InlineData("3", "*", "\"ab\"", "S:ababab")]
    [InlineData("\"ab\"", "*", "0", "S:")]
    [InlineData("\"ab\"", "*", "-5", "S:")]
    [InlineData("\"ab\"", "*", "-99999999999999999999999", "S:")]
    [InlineData("\"ab\"", "*", "1", "S:ab")]
    [InlineData("\"ab\"", "*", "1000001", "E:String repetition count 1000001 exceeds maximum (1000000)")]
    [InlineData("\"\"", "*", "1000001", "E:String repetition count 1000001 exceeds maximum (1000000)")]
    [InlineData("\"ab\"", "*", "99999999999999999999999", "E:String repetition count 99999999999999999999999 exceeds maximum (1000000)")]
    [InlineData("\"ab\"", "*", "\"cd\"", "E:Type mismatch: cannot apply '*' to STRING and STRING")]
    [InlineData("\"ab\"", "*", "2.0", "E:Type mismatch: cannot apply '*' to STRING and FLOAT")]
    [InlineData("\"ab\"", "-", "\"b\"", "E:Type mismatch: cannot apply '-' to STRING and STRING")]
    // Booleans and null are not numbers.
    [InlineData("true", "+", "1", "E:Type mismatch: cannot add BOOLEAN and INTEGER")]
    [InlineData("null", "+", "null", "E:Type mismatch: cannot add NULL and NULL")]
    [InlineData("true", "-", "1", "E:Type mismatch: cannot apply '-' to BOOLEAN and INTEGER")]
    [InlineData("1", "*", "false", "E:Type mismatch: cannot apply '*' to INTEGER and BOOLEAN")]
    [InlineData("1", "/", "null", "E:Type mismatch: cannot apply '/' to INTEGER and NULL")]
    [InlineData("1.0", "%", "true", "E:Type mismatch: cannot apply '%' to FLOAT and BOOLEAN")]
    [InlineData("null", "**", "2", "E:Type mismatch: cannot apply '**' to NULL and INTEGER")]
    public void Arithmetic(string a, string op, string b, string expected)
    {
        Assert.Equal(expected, Run(a, op, b));
    }

    [Theory]
    // 5.5 equality.
    [InlineData("1", "==", "1.0", "true")]
    [InlineData("1", "==", "1", "true")]
    [InlineData("1", "!=", "2", "true")]
    [InlineData("0.5", "==", "0", "false")]
    [InlineData("nan", "==", "nan", "false")]
    [InlineData("nan", "!=", "nan", "true")]
    [InlineData("0.0", "==", "-0.0", "true")]
    [InlineData("0", "==", "-0.0", "true")]
    [InlineData("9007199254740993", "==", "9007199254740992.0", "false")]
    [InlineData("9007199254740992", "==", "9007199254740992.0", "true")]
    [InlineData("9223372036854775807", "==", "9223372036854775808.0", "false")]
    [InlineData("9223372036854775808", "==", "9223372036854775808.0", "true")]
    [InlineData("1e300", "==", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "true")]
    [InlineData("1e300", "==", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540161", "false")]
    [InlineData("inf", "==", "inf", "true")]
    [InlineData("18446744073709551616", "==", "18446744073709551616", "true")]
    [InlineData("18446744073709551616", "==", "18446744073709551617", "false")]
    [InlineData("\"a\"", "==", "\"a\"", "true")]
    [InlineData("\"a\"", "==", "\"b\"", "false")]
    [InlineData("1", "==", "\"1\"", "false")]
    [InlineData("true", "==", "1", "false")]
    [InlineData("null", "==", "false", "false")]
    [InlineData("0", "==", "null", "false")]
    [InlineData("null", "==", "null", "true")]
    [InlineData("true", "==", "true", "true")]
    [InlineData("true", "!=", "false", "true")]
    // 5.6 ordering.
    [InlineData("1", "<", "2", "true")]
    [InlineData("2", "<=", "2", "true")]
    [InlineData("3", ">", "2", "true")]
    [InlineData("2", ">=", "3", "false")]
    [InlineData("null", "<", "1", "false")]
    [InlineData("1", ">=", "null", "false")]
    [InlineData("null", "<=", "null", "false")]
    [InlineData("null", "<", "\"a\"", "false")]
    [InlineData("1", "<", "1.5", "true")]
    [InlineData("2", ">", "1.5", "true")]
    [InlineData("1.5", "<", "2", "true")]
    [InlineData("-1", "<", "-0.5", "true")]
    [InlineData("-1", ">", "-1.5", "true")]
    [InlineData("1", "<=", "1.0", "true")]
    [InlineData("1", "<", "nan", "false")]
    [InlineData("1", ">=", "nan", "false")]
    [InlineData("nan", "<=", "nan", "false")]
    [InlineData("9007199254740993", ">", "9007199254740992.0", "true")]
    [InlineData("9007199254740991", "<", "9007199254740992.0", "true")]
    [InlineData("9223372036854775807", "<", "9223372036854775808.0", "true")]
    [InlineData("-9223372036854775808", "<=", "-9223372036854775808.0", "true")]
    [InlineData("-9223372036854775808", ">", "-9223372036854777856.0", "true")]
    [InlineData("99999999999999999999999999999", "<", "inf", "true")]
    [InlineData("-99999999999999999999999999999", ">", "-inf", "true")]
    [InlineData("99999999999999999999999999999", ">", "1e28", "true")]
    [InlineData("99999999999999999999999999999", ">", "1e29", "true")]
    [InlineData("99999999999999991433150857216", "==", "1e29", "true")]
    [InlineData("99999999999999991433150857215", "<", "1e29", "true")]
    [InlineData("-99999999999999999999999999999", "<", "-1e28", "true")]
    [InlineData("100000000000000000000000000000", "<", "1.00000000000000003e29", "true")]
    [InlineData("18446744073709551616", ">", "18446744073709551615", "true")]
    [InlineData("-18446744073709551616", "<", "5", "true")]
    [InlineData("\"a\"", "<", "\"b\"", "true")]
    [InlineData("\"Z\"", "<", "\"a\"", "true")]
    [InlineData("\"ab\"", "<", "\"abc\"", "true")]
    [InlineData("\"abc\"", ">=", "\"abc\"", "true")]
    [InlineData("\"\"", "<", "\"a\"", "true")]
    [InlineData("\"a\"", "<", "1", "E:Type error: cannot compare STRING < INTEGER")]
    [InlineData("true", ">", "1", "E:Type error: cannot compare BOOLEAN > INTEGER")]
    [InlineData("1", "<=", "true", "E:Type error: cannot compare INTEGER <= BOOLEAN")]
    [InlineData("1.0", ">=", "\"x\"", "E:Type error: cannot compare FLOAT >= STRING")]
    [InlineData("true", "<", "false", "E:Type error: cannot compare BOOLEAN < BOOLEAN")]
    public void EqualityAndOrdering(string a, string op, string b, string expected)
    {
        Assert.Equal(expected, Run(a, op, b));
    }

    [Fact]
    public void Compare_NonPrimitiveOperands_Error()
    {
        Assert.Equal("Type error: cannot compare LIST < LIST", Error(() => Operators.Compare(CompareOp.Lt, L(), L())).Message);
        Assert.Equal("Type error: cannot compare MAP >= INTEGER", Error(() => Operators.Compare(CompareOp.GtEq, M(), I(1))).Message);
        Assert.False(Operators.Compare(CompareOp.Lt, L(), Value.Null));
    }

    [Fact]
    public void Compare_StringsByCodePoint_NotUtf16()
    {
        // U+1F600 (surrogate pair D83D DE00) is above U+FFFD, although D83D < FFFD as code units.
        Assert.True(Operators.Compare(CompareOp.Gt, S("\U0001F600"), S("\uFFFD")));
        Assert.True(Operators.Compare(CompareOp.Lt, S("\uE000"), S("\U00010000")));
        Assert.True(Operators.Compare(CompareOp.Lt, S("a\U0001F600"), S("a\U0001F601")));
    }

    [Theory]
    [InlineData("5", "I:-5")]
    [InlineData("-5", "I:5")]
    [InlineData("0", "I:0")]
    [InlineData("-9223372036854775808", "I:9223372036854775808")]
    [InlineData("9223372036854775808", "I:-9223372036854775808")]
    [InlineData("1.5", "F:-1.5")]
    [InlineData("0.0", "F:-0.0")]
    [InlineData("-0.0", "F:0.0")]
    [InlineData("\"a\"", "E:Unknown operator: -STRING")]
    [InlineData("true", "E:Unknown operator: -BOOLEAN")]
    [InlineData("null", "E:Unknown operator: -NULL")]
    public void Negate(string a, string expected)
    {
        string actual;
        try
        {
            actual = Show(Operators.Negate(Parse(a)));
        }
        catch (ZexusError e)
        {
            actual = "E:" + e.Message;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Negate_OtherKinds_Error()
    {
        Assert.Equal("Unknown operator: -LIST", Error(() => Operators.Negate(L())).Message);
        Assert.Equal("Unknown operator: -LAMBDA", Error(() => Operators.Negate(Value.FromObject(new OpsTestFunction(null, true)))).Message);
    }

    [Fact]
    public void Overflow_AtTheLimit()
    {
        var max = I(Pow2(4096) - 1);
        var min = I(-(Pow2(4096) - 1));
        Assert.Equal("Integer overflow in addition", Error(() => Operators.Add(max, I(1))).Message);
        Assert.Equal("Integer overflow in subtraction", Error(() => Operators.Sub(min, I(1))).Message);
        Assert.Equal("Integer overflow in multiplication", Error(() => Operators.Mul(max, I(2))).Message);
        Assert.Equal("Integer overflow in multiplication", Error(() => Operators.Mul(I(Pow2(2048)), I(Pow2(2048)))).Message);
        Assert.Equal("Integer overflow in multiplication", Error(() => Operators.Mul(max, max)).Message);
        Assert.Equal("Integer overflow in exponentiation", Error(() => Operators.Pow(I(2), I(4096))).Message);
        Assert.Equal("Integer overflow in exponentiation", Error(() => Operators.Pow(I(-2), I(4096))).Message);
        Assert.Equal("Integer overflow in exponentiation", Error(() => Operators.Pow(I(Pow2(2048)), I(2))).Message);

        Assert.Equal(Pow2(4095), Operators.Pow(I(2), I(4095)).AsBigInteger);
        Assert.Equal(-Pow2(4095), Operators.Pow(I(-2), I(4095)).AsBigInteger);
        Assert.Equal(-Pow2(4095), Operators.Negate(Operators.Pow(I(2), I(4095))).AsBigInteger);
        Assert.Equal(Pow2(4096) - 1, Operators.Add(I(Pow2(4096) - 2), I(1)).AsBigInteger);
        Assert.Equal(Pow2(4096) - 1, Operators.Mul(I(Pow2(4095) - 1), I(2)).AsBigInteger + 1);
        Assert.Equal(Pow2(4095), Operators.Mul(I(Pow2(2047)), I(Pow2(2048))).AsBigInteger);
        Assert.Equal(BigInteger.Pow(3, 2584), Operators.Pow(I(3), I(2584)).AsBigInteger);
        Assert.Equal(Pow2(4095) - 1, Operators.Div(max, I(2)).AsBigInteger);
        Assert.Equal(-Pow2(4095), Operators.Div(min, I(2)).AsBigInteger);
    }

    [Fact]
    public void Pow_HugeExponentFailsFast()
    {
        // Must be decided from the sizes, not by computing 7 ** (2 ** 4000).
        Assert.Equal("Integer overflow in exponentiation", Error(() => Operators.Pow(I(7), I(Pow2(4000)))).Message);
        Assert.Equal("Integer overflow in exponentiation", Error(() => Operators.Pow(I(Pow2(100)), I(4096))).Message);
    }

    [Fact]
    public void Pow_NegativeExponent_ConvertsToFloat()
    {
        Assert.Equal(0.001, Operators.Pow(I(10), I(-3)).AsFloat);
        Assert.Equal(ValueKind.Float, Operators.Pow(I(1), I(-1)).Kind);
        Assert.Equal(0.0, Operators.Pow(I(Pow2(1000)), I(-2)).AsFloat);
        Assert.Equal("Integer too large to convert to float", Error(() => Operators.Pow(I(Pow2(1024)), I(-1))).Message);
        Assert.Equal(0.0, Operators.Pow(I(2), I(-Pow2(2000))).AsFloat);
        Assert.Equal(1.0, Operators.Pow(I(1), I(-Pow2(2000))).AsFloat);
        Assert.Equal(1.0, Operators.Pow(I(-1), I(-Pow2(2000))).AsFloat);
        Assert.Equal("Division by zero", Error(() => Operators.Pow(I(0), I(-Pow2(2000)))).Message);
        Assert.Equal(-0.125, Operators.Pow(I(-2), I(-3)).AsFloat);
    }

    [Fact]
    public void Mixed_TooLargeInteger_Error()
    {
        var huge = I(Pow2(1024));
        const string msg = "Integer too large to convert to float";
        Assert.Equal(msg, Error(() => Operators.Add(huge, F(1))).Message);
        Assert.Equal(msg, Error(() => Operators.Sub(F(1), huge)).Message);
        Assert.Equal(msg, Error(() => Operators.Mul(huge, F(1))).Message);
        Assert.Equal(msg, Error(() => Operators.Div(huge, F(1))).Message);
        Assert.Equal(msg, Error(() => Operators.Mod(huge, F(1))).Message);
        Assert.Equal(msg, Error(() => Operators.Pow(huge, F(1))).Message);

        // Just below: 2^1024 - 2^970 rounds to the largest double, but - 2^969 rounds up to 2^1024.
        Assert.Equal(double.MaxValue, Operators.Add(I(Pow2(1024) - Pow2(971)), F(0)).AsFloat);
        Assert.Equal(double.MaxValue, Operators.Add(I(Pow2(1024) - Pow2(970) - 1), F(0)).AsFloat);
        Assert.Equal(msg, Error(() => Operators.Add(I(Pow2(1024) - Pow2(970)), F(0))).Message);

        // Comparisons with huge integers do not convert and never fail.
        Assert.True(Operators.Compare(CompareOp.Gt, huge, F(double.MaxValue)));
        Assert.False(Operators.Equal(huge, F(double.PositiveInfinity)));
    }

    [Fact]
    public void Mixed_WholeResultBeyondLong_IsExactBigInteger()
    {
        var r = Operators.Sub(F(1e20), I(0));
        Assert.Equal(ValueKind.Integer, r.Kind);
        Assert.Equal(BigInteger.Parse("100000000000000000000", System.Globalization.CultureInfo.InvariantCulture), r.AsBigInteger);
        Assert.False(r.IsSmallInt);

        var m = Operators.Mod(F(-9.2233720368547758E18), I(long.MaxValue));
        Assert.Equal(ValueKind.Integer, m.Kind);
    }

    [Fact]
    public void Add_Lists_NewList()
    {
        var a = L(I(1));
        var b = L(I(2), S("x"));
        var c = Operators.Add(a, b);
        Assert.NotSame(a.AsList, c.AsList);
        Assert.Equal("[1, 2, x]", TextForm.Of(c));
        Assert.Equal("[1]", TextForm.Of(a));
        Assert.Equal("Type mismatch: cannot add LIST and INTEGER", Error(() => Operators.Add(a, I(1))).Message);
        Assert.Equal("Type mismatch: cannot apply '-' to LIST and INTEGER", Error(() => Operators.Sub(a, I(1))).Message);
        Assert.Equal("Type mismatch: cannot add MAP and MAP", Error(() => Operators.Add(M(), M())).Message);
    }

    [Fact]
    public void Repeat_ResultTooLongForClr_IsZexusError()
    {
        var chunk = S(new string('x', 2000));
        Assert.Equal("String repetition result is too long", Error(() => Operators.Mul(chunk, I(1_000_000))).Message);
    }

    [Fact]
    public void Repeat_Maximum_Allowed()
    {
        Assert.Equal(1_000_000, Operators.Mul(S("a"), I(1_000_000)).AsString.Length);
        Assert.Equal("Type mismatch: cannot apply '*' to LIST and INTEGER", Error(() => Operators.Mul(L(), I(2))).Message);
    }

    [Fact]
    public void Equal_Collections_Structural()
    {
        Assert.True(Operators.Equal(L(I(1), I(2)), L(I(1), F(2.0))));
        Assert.False(Operators.Equal(L(I(1), I(2)), L(I(1))));
        Assert.False(Operators.Equal(L(F(double.NaN)), L(F(double.NaN))));
        Assert.True(Operators.Equal(L(L(S("a")), M(("k", Value.Null))), L(L(S("a")), M(("k", Value.Null)))));
        Assert.True(Operators.Equal(M(("a", I(1)), ("b", I(2))), M(("b", I(2)), ("a", I(1)))));
        Assert.False(Operators.Equal(M(("a", I(1))), M(("a", I(2)))));
        Assert.False(Operators.Equal(M(("a", I(1))), M(("b", I(1)))));
        Assert.False(Operators.Equal(M(("a", I(1))), M(("a", I(1)), ("b", I(1)))));
        Assert.False(Operators.Equal(L(), M()));
        Assert.True(Operators.Equal(L(), L()));
        Assert.False(Operators.Equal(L(L()), L(M())));
    }

    [Fact]
    public void Equal_Entities_ByTypeAndFields()
    {
        var point = new ZEntityType("Point", [new EntityField("x", "integer", false), new EntityField("y", null, false)]);
        var other = new ZEntityType("Point", [new EntityField("x", "integer", false), new EntityField("y", null, false)]);
        Value P(ZEntityType t, long x, long y) => Value.FromObject(new ZEntity(t, [I(x), I(y)]));
        Assert.True(Operators.Equal(P(point, 1, 2), P(point, 1, 2)));
        Assert.False(Operators.Equal(P(point, 1, 2), P(point, 1, 3)));
        Assert.False(Operators.Equal(P(point, 1, 2), P(other, 1, 2)));
        Assert.True(Operators.Equal(Value.FromObject(point), Value.FromObject(point)));
        Assert.False(Operators.Equal(Value.FromObject(point), Value.FromObject(other)));
    }

    [Fact]
    public void Equal_OtherKinds_Identity()
    {
        var f = Value.FromObject(new OpsTestFunction("f", false));
        var g = Value.FromObject(new OpsTestFunction("f", false));
        Assert.True(Operators.Equal(f, f));
        Assert.False(Operators.Equal(f, g));
        var b1 = Value.FromObject(new ZBuiltin("len", 1, 1, (_, _) => Value.Null));
        Assert.True(Operators.Equal(b1, b1));
        Assert.False(Operators.Equal(b1, Value.FromObject(new ZBuiltin("len", 1, 1, (_, _) => Value.Null))));
        var def = new ContractDefinition("C", [], new Dictionary<string, ZFunction>());
        var c1 = Value.FromObject(new ZContract(def, ZContract.AddressFor(1), []));
        var c2 = Value.FromObject(new ZContract(def, ZContract.AddressFor(1), []));
        Assert.True(Operators.Equal(c1, c1));
        Assert.False(Operators.Equal(c1, c2));
        var m = Value.FromObject(new OpsTestModule("./a.zx"));
        Assert.True(Operators.Equal(m, m));
        Assert.False(Operators.Equal(m, Value.FromObject(new OpsTestModule("./a.zx"))));
        Assert.False(Operators.Equal(f, Value.Null));
    }

    [Fact]
    public void Equal_Cycles_Terminate()
    {
        var a = new ZList();
        a.Items.Add(I(1));
        a.Items.Add(Value.FromObject(a));
        var b = new ZList();
        b.Items.Add(I(1));
        b.Items.Add(Value.FromObject(b));
        Assert.True(Operators.Equal(Value.FromObject(a), Value.FromObject(b)));

        var c = new ZList();
        c.Items.Add(I(2));
        c.Items.Add(Value.FromObject(c));
        Assert.False(Operators.Equal(Value.FromObject(a), Value.FromObject(c)));

        var ma = new ZMap();
        ma.Set("self", Value.FromObject(ma));
        var mb = new ZMap();
        mb.Set("self", Value.FromObject(mb));
        Assert.True(Operators.Equal(Value.FromObject(ma), Value.FromObject(mb)));
    }

    [Fact]
    public void Equal_DeepNesting_NoStackOverflow()
    {
        Value Nest(int depth, Value leaf)
        {
            var v = leaf;
            for (var i = 0; i < depth; i++)
            {
                v = L(v);
            }

            return v;
        }

        Assert.True(Operators.Equal(Nest(100_000, I(1)), Nest(100_000, I(1))));
        Assert.False(Operators.Equal(Nest(100_000, I(1)), Nest(100_000, I(2))));
    }

    [Fact]
    public void Property_IntegerArithmetic_MatchesBigInteger()
    {
        var rng = new Random(12345);
        for (var i = 0; i < 5000; i++)
        {
            var x = RandomInt(rng);
            var y = RandomInt(rng);
            var a = I(x);
            var b = I(y);
            Assert.Equal(x + y, Operators.Add(a, b).AsBigInteger);
            Assert.Equal(x - y, Operators.Sub(a, b).AsBigInteger);
            Assert.Equal(x * y, Operators.Mul(a, b).AsBigInteger);
            Assert.Equal(-x, Operators.Negate(a).AsBigInteger);
            Assert.Equal(x == y, Operators.Equal(a, b));
            Assert.Equal(x < y, Operators.Compare(CompareOp.Lt, a, b));
            Assert.Equal(x >= y, Operators.Compare(CompareOp.GtEq, a, b));
            if (!y.IsZero)
            {
                var q = Operators.Div(a, b).AsBigInteger;
                var r = Operators.Mod(a, b).AsBigInteger;
                Assert.Equal(x, (q * y) + r);
                Assert.True(r.IsZero || r.Sign == y.Sign);
                Assert.True(BigInteger.Abs(r) < BigInteger.Abs(y));
                Assert.Equal(FloorDiv(x, y), q);
            }

            // Normalisation: values that fit in a long are stored inline.
            var sum = Operators.Add(a, b);
            Assert.Equal(sum.AsBigInteger >= long.MinValue && sum.AsBigInteger <= long.MaxValue, sum.IsSmallInt);
        }
    }

    [Fact]
    public void Property_Pow_MatchesBigInteger()
    {
        var rng = new Random(99);
        for (var i = 0; i < 2000; i++)
        {
            var x = new BigInteger(rng.Next(-1000, 1000));
            var e = rng.Next(0, 70);
            Assert.Equal(BigInteger.Pow(x, e), Operators.Pow(I(x), I(e)).AsBigInteger);
        }
    }

    [Fact]
    public void Property_IntFloatComparison_IsExact()
    {
        var rng = new Random(2024);
        for (var i = 0; i < 5000; i++)
        {
            var x = RandomInt(rng);
            var d = rng.Next(3) switch
            {
                0 => (double)x,
                1 => (double)x + (rng.NextDouble() - 0.5),
                _ => Math.ScaleB(rng.NextDouble() - 0.5, rng.Next(0, 200)),
            };
            if (!double.IsFinite(d))
            {
                continue;
            }

            var exact = ExactCompare(x, d);
            Assert.Equal(exact == 0, Operators.Equal(I(x), F(d)));
            Assert.Equal(exact < 0, Operators.Compare(CompareOp.Lt, I(x), F(d)));
            Assert.Equal(exact > 0, Operators.Compare(CompareOp.Lt, F(d), I(x)));
            Assert.Equal(exact >= 0, Operators.Compare(CompareOp.GtEq, I(x), F(d)));
        }
    }

    /// <summary>Compares via exact rational arithmetic: d = m * 2^k.</summary>
    private static int ExactCompare(BigInteger x, double d)
    {
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exp = (int)((bits >> 52) & 0x7FF);
        var mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0)
        {
            exp = 1;
        }
        else
        {
            mant |= 1L << 52;
        }

        var m = new BigInteger(mant) * (d < 0 ? -1 : 1);
        var k = exp - 1075;
        return k >= 0 ? x.CompareTo(m << k) : (x << -k).CompareTo(m);
    }

    private static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        return !r.IsZero && (r.Sign != y.Sign) ? q - 1 : q;
    }

    private static BigInteger RandomInt(Random rng)
    {
        switch (rng.Next(6))
        {
            case 0:
                return rng.Next(-10, 10);
            case 1:
                return rng.NextInt64(long.MinValue, long.MaxValue);
            case 2:
                return rng.Next(2) == 0 ? long.MaxValue - rng.Next(3) : long.MinValue + rng.Next(3);
            case 3:
                return rng.NextInt64(-1_000_000_000, 1_000_000_000);
            default:
                var bytes = new byte[rng.Next(1, 40)];
                rng.NextBytes(bytes);
                return new BigInteger(bytes);
        }
    }
}
