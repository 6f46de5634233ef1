using Xunit.Abstractions;
using Zexus.Lang.Syntax;

namespace Zexus.Lang.Tests;

/// <summary>Every corpus program parses cleanly, except those whose .err names a syntax error, which must
/// report exactly that line (LANGUAGE.md 2.6).</summary>
public class CorpusParseTests(ITestOutputHelper output)
{
    private const string NotFound = "(corpus not found)";

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        var root = CorpusLocator.Find();
        if (root is null)
        {
            data.Add(NotFound);
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(root, "*.zx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void CorpusProgram_Parses_AsExpected(string name)
    {
        var root = CorpusLocator.Find();
        if (name == NotFound || root is null)
        {
            Assert.False(CorpusLocator.RequiredByCi, "conformance corpus not found (set ZEXUS_CORPUS)");
            output.WriteLine("Conformance corpus not found; skipped. Set ZEXUS_CORPUS to run it.");
            return;
        }
        var path = Path.Combine(root, name);
        var result = Parser.Parse(File.ReadAllText(path), name);
        var errPath = Path.ChangeExtension(path, ".err");
        var expected = File.Exists(errPath)
            ? File.ReadAllLines(errPath).FirstOrDefault(l => l.StartsWith("Syntax error at line", StringComparison.Ordinal))
            : null;
        if (expected is null)
        {
            Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Format())));
        }
        else
        {
            Assert.False(result.Success);
            Assert.Contains(expected, result.Errors[0].Format(), StringComparison.Ordinal);
        }
    }
}
