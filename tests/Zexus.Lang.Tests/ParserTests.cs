using Zexus.Lang.Syntax;

namespace Zexus.Lang.Tests;

/// <summary>Golden ASTs (AstPrinter) for the grammar of LANGUAGE.md 2.5, the precedence of 2.7 and the line-break
/// rules of 2.4.</summary>
public class ParserTests
{
    internal static string Ast(string source, bool spans = false)
    {
        var result = Parser.Parse(source, "test.zx");
        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Format())));
        return AstPrinter.Print(result.Program, spans);
    }

    [Theory]
    [InlineData("print(10 - 3 - 2)", "(print (- (- 10 3) 2))")]
    [InlineData("print(100 / 10 / 5)", "(print (/ (/ 100 10) 5))")]
    [InlineData("print(2 ** 3 ** 2)", "(print (** 2 (** 3 2)))")]
    [InlineData("print(-2 ** 2)", "(print (neg (** 2 2)))")]
    [InlineData("print((-2) ** 2)", "(print (** (neg 2) 2))")]
    [InlineData("print(2 ** -1)", "(print (** 2 (neg 1)))")]
    [InlineData("print(true || false && false)", "(print (|| true (&& false false)))")]
    [InlineData("print(null ?? 1 + 2)", "(print (?? null (+ 1 2)))")]
    [InlineData("x = a ? b : c ? d : e", "(= x (? a b (? c d e)))")]
    [InlineData("x = a ?? b || c and d == e < f + g * h", "(= x (?? a (|| b (&& c (== d (< e (+ f (* g h))))))))")]
    [InlineData("x = a or b and c", "(= x (|| a (&& b c)))")]
    [InlineData("x = !a.b(c)[d] ** 2", "(= x (not (** (index (call (. a b) c) d) 2)))")]
    [InlineData("x = await f() + -y", "(= x (+ (await (call f)) (neg y)))")]
    [InlineData("x = a % b * c / d", "(= x (/ (* (% a b) c) d))")]
    [InlineData("x = a <= b != c >= d", "(= x (!= (<= a b) (>= c d)))")]
    [InlineData("x = 1 ? 2 ? 3 : 4 : 5", "(= x (? 1 (? 2 3 4) 5))")]
    public void Precedence_And_Associativity(string source, string expected) => Assert.Equal(expected, Ast(source));

    [Theory]
    [InlineData("let total = price\n    + tax", "(let total (+ price tax))")]
    [InlineData("let r = values\n    .map(f)", "(let r (call (. values map) f))")]
    [InlineData("let y = x\n(a + b)", "(let y x)\n(expr (+ a b))")]
    [InlineData("let z = 5\n-1", "(let z 5)\n(expr (neg 1))")]
    [InlineData("let a = b\n[1]", "(let a b)\n(expr (list 1))")]
    [InlineData("let x =\n5", "(let x 5)")]
    [InlineData("let c = a\n? b\n: d", "(let c (? a b d))")]
    [InlineData("let c = a\n== b\n&& d\nor e", "(let c (|| (&& (== a b) d) e))")]
    [InlineData("f(1,\n  2)\nlet l = [\n1,\n-2\n]", "(expr (call f 1 2))\n(let l (list 1 (neg 2)))")]
    [InlineData("x = (a\n- b)", "(= x (- a b))")]
    [InlineData("g(function() {\n  a\n  (b)\n})", "(expr (call g (action () (block (expr a) (expr b)))))")]
    [InlineData("let m = {\n  a: 1,\n  state: 2\n}", "(let m (map (\"a\" 1) (\"state\" 2)))")]
    [InlineData("x\n= 5", "(= x 5)")]
    [InlineData("a = 1; b = 2;;", "(= a 1)\n(= b 2)\n(empty)")]
    [InlineData("if a { b } c = 1", "(if (a (block (expr b))))\n(= c 1)")]
    [InlineData("return_value = 1", "(= return_value 1)")]
    public void LineBreaks_FollowSection2_4(string source, string expected) => Assert.Equal(expected, Ast(source));

    [Fact]
    public void Return_AloneOnItsLine_ReturnsNull()
    {
        Assert.Equal("(function-decl (action f () (block (return) (expr x))))", Ast("action f() {\n  return\n  x\n}"));
        Assert.Equal("(function-decl (action f () (block (return))))", Ast("action f() { return }"));
        Assert.Equal("(function-decl (action f () (block (return) (return 1))))", Ast("action f() { return; return 1 }"));
    }

    [Fact]
    public void Print_Forms()
    {
        Assert.Equal("(print)\n(print 1 2 3)\n(print (+ a b))\n(print)\n(expr x)", Ast("print\nprint 1, 2,\n 3\nprint (a + b)\nprint\n(x)"));
        Assert.Equal("(print true \"shown\")", Ast("print(true, \"shown\")"));
    }

    [Theory]
    [InlineData("let sq = x => x * x", "(let sq (lambda (x) (* x x)))")]
    [InlineData("let add = (a, b) => a + b", "(let add (lambda (a b) (+ a b)))")]
    [InlineData("let k = () => 42", "(let k (lambda () 42))")]
    [InlineData("let big = x => { if x > 10 { return \"big\" } return \"small\" }",
        "(let big (lambda (x) (block (if ((> x 10) (block (return \"big\")))) (return \"small\"))))")]
    [InlineData("let inc = lambda(n): n + 1", "(let inc (lambda (n) (+ n 1)))")]
    [InlineData("let dbl = lambda n: n * 2", "(let dbl (lambda (n) (* n 2)))")]
    [InlineData("let z = lambda: 0", "(let z (lambda () 0))")]
    [InlineData("let f = function(a, b) { return a * b }", "(let f (action (a b) (block (return (* a b)))))")]
    [InlineData("let g = action(a: int) -> int { }", "(let g (action (a:int) -> int (block)))")]
    [InlineData("let m = x => ({a: x})", "(let m (lambda (x) (map (\"a\" x))))")]
    [InlineData("f(x => x + 1, (a) => a)", "(expr (call f (lambda (x) (+ x 1)) (lambda (a) a)))")]
    [InlineData("x = (a + b) * c", "(= x (* (+ a b) c))")]
    [InlineData("let curry = a => b => a + b", "(let curry (lambda (a) (lambda (b) (+ a b))))")]
    public void AnonymousFunctions(string source, string expected) => Assert.Equal(expected, Ast(source));

    [Fact]
    public void Match_ArmsSeparatedByCommasAndLineBreaks()
    {
        const string source = "let word = match n {\n  1 => \"one\"\n  -2 => \"minus two\", 2.5 => { print(1) },\n  \"s\" => true\n  null => 0\n  _ => \"many\"\n  other => other,\n}";
        Assert.Equal(
            "(let word (match n (1 => \"one\") (-2 => \"minus two\") (2.5 => (block (print 1))) (\"s\" => true) (null => 0) (_ => \"many\") (bind other => other)))",
            Ast(source));
    }

    [Fact]
    public void Match_NegativePattern_IsFoldedIntoTheLiteral()
    {
        var program = Parser.Parse("x = match v { -1.5 => 1 }", "t.zx").Program;
        var match = (MatchExpr)((AssignStmt)program.Statements[0]).Value;
        var literal = Assert.IsType<FloatLiteral>(match.Arms[0].Pattern.Literal);
        Assert.Equal(-1.5, literal.Value);
        Assert.Equal(new Span(1, 15), literal.Span);
    }

    [Theory]
    [InlineData("if a { } elif b { } else if c { } else { }", "(if (a (block)) (b (block)) (c (block)) (else (block)))")]
    [InlineData("if a {\n}\nelse {\n}", "(if (a (block)) (else (block)))")]
    [InlineData("if (x > 1) { }", "(if ((> x 1) (block)))")]
    [InlineData("while i < 3 { i += 1 }", "(while (< i 3) (block (+= i 1)))")]
    [InlineData("for each x in xs { }", "(for-each (x) xs (block))")]
    [InlineData("for each k, v\n in m { continue }", "(for-each (k v) m (block (continue)))")]
    [InlineData("try { } catch (e) { } finally { }", "(try (block) (catch e (block)) (finally (block)))")]
    [InlineData("try { }\ncatch e { }", "(try (block) (catch e (block)))")]
    [InlineData("try { } catch { }", "(try (block) (catch (block)))")]
    [InlineData("try { } finally { }", "(try (block) (finally (block)))")]
    [InlineData("throw \"boom\"", "(throw \"boom\")")]
    [InlineData("a.b[c].d = 1", "(= (. (index (. a b) c) d) 1)")]
    [InlineData("x **= 2\nx %= 3\nx -= 1", "(**= x 2)\n(%= x 3)\n(-= x 1)")]
    [InlineData("let l = [1, 2,]\nlet e = {}\nlet q = {\"a b\": 1, if: 2,}", "(let l (list 1 2))\n(let e (map))\n(let q (map (\"a b\" 1) (\"if\" 2)))")]
    [InlineData("x = y.state + y.if", "(= x (+ (. y state) (. y if)))")]
    [InlineData("state s\nledger l = 1\nconst C = 2", "(state s)\n(ledger l 1)\n(const C 2)")]
    [InlineData("action f(a, b: int) -> string { }", "(function-decl (action f (a b:int) -> string (block)))")]
    [InlineData("async action g() { return await h() }", "(function-decl (action async g () (block (return (await (call h))))))")]
    [InlineData("action() { }", "(expr (action () (block)))")]
    [InlineData("let data = [1]\nprint(log)\nx.view = 1\ndata = 2\nlog(\"x\")", "(let data (list 1))\n(print log)\n(= (. x view) 1)\n(= data 2)\n(expr (call log \"x\"))")]
    public void Statements(string source, string expected) => Assert.Equal(expected, Ast(source));

    [Fact]
    public void Contract_Entity_Enum()
    {
        Assert.Equal(
            "(contract Token (state owner \"nobody\") (state supply) (state l 0) (action init (who) (block (= owner who))) (action async f () (block (expr (. this owner)))))",
            Ast("contract Token {\n  state owner = \"nobody\"\n  state supply; ledger l = 0\n  action init(who) {\n    owner = who\n  }\n  async function f() { this.owner }\n}"));
        Assert.Equal(
            "(entity Point (field x:integer) (field y:integer) (field label = \"origin\") (field z:int = 0))",
            Ast("entity Point {\n  x: integer,\n  y: integer\n  label = \"origin\"\n  z: int = 0,\n}"));
        Assert.Equal("(enum Color Red Green Blue)", Ast("enum Color { Red, Green,\n Blue\n }"));
        Assert.Equal("(emit Minted to amount)\n(emit Done)", Ast("emit Minted(to, amount)\nemit Done"));
    }

    [Fact]
    public void Use_And_Export()
    {
        Assert.Equal(
            "(use \"./lib/math.zx\" as m)\n(use \"./lib/math.zx\" (square PI))\n(use \"./lib/math.zx\")",
            Ast("use \"./lib/math.zx\" as m\nuse { square,\n PI, } from \"./lib/math.zx\"\nuse \"./lib/math.zx\""));
        Assert.Equal(
            "(export (let PI 3.14159))\n(export (function-decl (action square (x) (block (return (* x x))))))\n(export helper2 CONSTANT)\n(export a b)\n(export (enum E A))",
            Ast("export let PI = 3.14159\nexport action square(x) { return x * x }\nexport helper2, CONSTANT\nexport {\n a,\n b\n}\nexport enum E { A }"));
    }

    [Fact]
    public void Interpolation_PartsAndPositions()
    {
        Assert.Equal(
            "(print (interp \"Hi \" name \", \" n \" + 1 = \" (+ n 1)))",
            Ast("print(\"Hi ${name}, ${n} + 1 = ${n + 1}\")"));
        Assert.Equal("(print (interp (index (map (\"a\" \"}\")) \"a\") \"!\"))", Ast("print(\"${ {a: \"}\"}[\"a\"] }!\")"));
        Assert.Equal("(print \"no ${interpolation} here\")", Ast("print('no ${interpolation} here')"));
        Assert.Equal("(print \"${x}\")", Ast("print(\"\\${x}\")"));
        Assert.Equal("(print (interp \"a\" (interp \"b\" c)))", Ast("print(\"a${\"b${c}\"}\")"));
        Assert.Equal("(print@1:1 (interp@1:7 \"x\"@1:8 (+@2:5 a@2:3 b@2:7)))", Ast("print(\"x${\n  a + b}\")", spans: true));
    }

    [Fact]
    public void Spans_PointAtOperatorTokens()
    {
        Assert.Equal("(=@1:3 x@1:1 (+@1:7 a@1:5 (call@1:10 f@1:9 (index@1:12 b@1:11 1@1:13))))", Ast("x = a + f(b[1])", spans: true));
        Assert.Equal("(expr@1:1 (call@1:4 (.@1:2 a@1:1 b) 1@1:5))", Ast("a.b(1)", spans: true));
        Assert.Equal("(print@1:3 \"é😀\"@1:9 x@1:15)", Ast("  print(\"é😀\", x)", spans: true));
    }
}
