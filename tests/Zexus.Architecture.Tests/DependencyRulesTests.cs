using System.Xml.Linq;

namespace Zexus.Architecture.Tests;

/// <summary>Enforces the dependency rules of DESIGN.md by reading the project references of every src project.</summary>
public class DependencyRulesTests
{
    /// <summary>For each project, the projects it may reference directly (DESIGN.md "Dependency rules").</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Zexus.Primitives"] = [],
        ["Zexus.Crypto"] = ["Zexus.Primitives"],
        ["Zexus.Host"] = ["Zexus.Primitives"],
        ["Zexus.Evm"] = ["Zexus.Host", "Zexus.Crypto", "Zexus.Primitives"],
        ["Zexus.Vm"] = ["Zexus.Host", "Zexus.Crypto", "Zexus.Primitives"],
        ["Zexus.Wasm"] = ["Zexus.Host", "Zexus.Crypto", "Zexus.Primitives"],
        ["Zexus.Lang"] = ["Zexus.Vm", "Zexus.Host", "Zexus.Primitives"],
        ["Zexus.State"] = ["Zexus.Primitives", "Zexus.Host"],
        ["Zexus.Chain"] = ["Zexus.Evm", "Zexus.Vm", "Zexus.Wasm", "Zexus.Lang", "Zexus.State", "Zexus.Host", "Zexus.Crypto", "Zexus.Primitives"],
        ["Zexus.Cli"] = ["Zexus.Chain", "Zexus.Evm", "Zexus.Vm", "Zexus.Wasm", "Zexus.Lang", "Zexus.State", "Zexus.Host", "Zexus.Crypto", "Zexus.Primitives"],
    };

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zexus.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Zexus.slnx not found");
    }

    private static IEnumerable<string> References(string csproj) =>
        XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')));

    public static IEnumerable<object[]> SourceProjects() =>
        Directory.GetFiles(Path.Combine(Root(), "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => new object[] { Path.GetFileNameWithoutExtension(p) })
            .OrderBy(p => (string)p[0], StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_References_FollowDesignRules(string project)
    {
        Assert.True(Allowed.ContainsKey(project), $"{project} is not a project of DESIGN.md's layout; add its rule here first");
        var csproj = Path.Combine(Root(), "src", project, project + ".csproj");
        var illegal = References(csproj).Where(r => !Allowed[project].Contains(r)).ToList();
        Assert.True(illegal.Count == 0, $"{project} must not reference {string.Join(", ", illegal)}");
    }

    [Fact]
    public void Cli_IsReferencedByNoSourceProject()
    {
        var offenders = Directory.GetFiles(Path.Combine(Root(), "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => References(p).Contains("Zexus.Cli"))
            .ToList();
        Assert.Empty(offenders);
    }
}
