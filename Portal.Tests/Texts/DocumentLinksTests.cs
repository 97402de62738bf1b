using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Texts;

/// <summary>
/// Every relative link of README.md and docs/**/*.md (the domain copies included) leads to a file that exists and, with
/// a "#part", to a heading of that file (issue 10 item 7: stale links in the spec and records go unnoticed otherwise).
/// Web addresses are not fetched: the tests run offline.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class DocumentLinksTests
{
    public static TheoryData<string> Documents()
    {
        var root = Repository.Root();
        var data = new TheoryData<string>("README.md");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist(string document)
    {
        var path = Path.Combine(Repository.Root(), document);
        Assert.Empty(BrokenLinks(path, File.ReadAllLines(path)));
    }

    [Fact]
    public void A_link_to_a_missing_file_or_heading_is_seen()
    {
        var dir = Directory.CreateTempSubdirectory("portal-links-");
        try
        {
            var target = Path.Combine(dir.FullName, "target.md");
            File.WriteAllLines(target, ["# Cổng xã: phù hợp với trẻ em", "## Set up (a fresh machine)", "```", "# not a heading", "```"]);
            string[] lines =
            [
                "[ok](target.md#cổng-xã-phù-hợp-với-trẻ-em) and [ok too](target.md#set-up-a-fresh-machine) [web](https://example.org/x)",
                "[gone](missing.md) [no heading](target.md#not-a-heading) `[code](nowhere.md)`",
                "```", "[in a block](nowhere.md)", "```",
            ];
            Assert.Equal(["missing.md", "target.md#not-a-heading"], BrokenLinks(Path.Combine(dir.FullName, "doc.md"), lines).Select(b => b.Split(": ")[1]));
        }
        finally { dir.Delete(recursive: true); }
    }

    private static List<string> BrokenLinks(string document, IReadOnlyList<string> lines)
    {
        var broken = new List<string>();
        foreach (var (line, number) in Prose(lines))
            foreach (Match m in Link().Matches(InlineCode().Replace(line, "")))
            {
                var link = m.Groups[1].Value;
                if (Scheme().IsMatch(link)) continue;
                var (file, anchor) = (link.Split('#')[0], link.Contains('#') ? link[(link.IndexOf('#') + 1)..] : null);
                var target = file.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, Uri.UnescapeDataString(file)));
                var ok = (File.Exists(target) || Directory.Exists(target))
                    && (anchor is null || !target.EndsWith(".md", StringComparison.Ordinal) || Anchors(File.ReadAllLines(target)).Contains(Uri.UnescapeDataString(anchor)));
                if (!ok) broken.Add($"{Path.GetFileName(document)}:{number}: {link}");
            }
        return broken;
    }

    /// <summary>The lines outside fenced code blocks, with their numbers.</summary>
    private static IEnumerable<(string Line, int Number)> Prose(IReadOnlyList<string> lines)
    {
        var fenced = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            else if (!fenced) yield return (lines[i], i + 1);
        }
    }

    /// <summary>Headings' anchors as GitHub makes them: lower case, punctuation dropped, spaces as '-', repeats numbered.</summary>
    private static HashSet<string> Anchors(IReadOnlyList<string> lines)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, _) in Prose(lines))
        {
            if (Heading().Match(line) is not { Success: true } h) continue;
            var text = Link().Replace(h.Groups[1].Value, "]"); // "[words](target)" keeps its words; '[' and ']' drop below
            var slug = NotInAnchor().Replace(text.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var (candidate, n) = (slug, 0);
            while (!anchors.Add(candidate)) candidate = $"{slug}-{++n}";
        }
        return anchors;
    }

    [GeneratedRegex(@"\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^#{1,6}\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Mn}\p{Nd}\p{Pc} -]")]
    private static partial Regex NotInAnchor();
}
