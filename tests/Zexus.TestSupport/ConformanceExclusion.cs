using System.Text.RegularExpressions;

namespace Zexus.TestSupport;

/// <summary>One line of an exclusions file: a case pattern and why it is excluded.</summary>
/// <param name="Pattern">A case name (<c>relative/path.json@Fork</c>) with <c>*</c> wildcards; without <c>@</c> it covers every fork.</param>
/// <param name="Reason">Why the cases cannot pass yet.</param>
/// <param name="Line">The line number in the file.</param>
public sealed record ConformanceExclusion(string Pattern, string Reason, int Line)
{
    private readonly Regex _regex = new(
        "^" + Regex.Escape(Pattern.Contains('@', StringComparison.Ordinal) ? Pattern : Pattern + "@*").Replace(@"\*", ".*", StringComparison.Ordinal) + "$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>The path part of <see cref="Pattern"/> (before <c>@</c>), with its wildcards.</summary>
    public string PathPattern => Pattern.Split('@')[0];

    /// <summary>Whether the entry's path part covers the file <paramref name="relativePath"/>.</summary>
    public bool MatchesFile(string relativePath) =>
        Regex.IsMatch(relativePath, "^" + Regex.Escape(PathPattern).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether the entry covers the case <paramref name="caseName"/>.</summary>
    public bool Matches(string caseName) => _regex.IsMatch(caseName);

    /// <summary>
    /// Reads an exclusions file: one entry per line, the pattern, whitespace, and the reason;
    /// blank lines and lines starting with <c>#</c> are ignored. An entry without a reason is an error.
    /// </summary>
    public static IReadOnlyList<ConformanceExclusion> Load(string path)
    {
        var entries = new List<ConformanceExclusion>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int space = line.IndexOfAny([' ', '\t']);
            var reason = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            if (reason.Length == 0)
            {
                throw new FormatException($"{Path.GetFileName(path)}:{i + 1}: exclusion '{line}' has no reason");
            }

            entries.Add(new ConformanceExclusion(line[..space], reason, i + 1));
        }

        return entries;
    }
}
