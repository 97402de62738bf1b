using System.Xml.Linq;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Chains;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Texts;

/// <summary>Official wording (issue 11 item 8), read from the definition and from every resource file of the repository.</summary>
[Trait("Category", "Unit")]
public sealed class WordingTests
{
    private static IEnumerable<(string File, string Key, string Value)> Resources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Portal.sln"))) dir = dir.Parent;
        return Directory.EnumerateFiles(dir.FullName, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data")
                .Select(d => (Path.GetFileName(f), (string)d.Attribute("name")!, (string?)d.Element("value") ?? "")));
    }

    [Fact]
    public void The_commune_council_and_the_review_council_are_named_as_officials_name_them()
    {
        Assert.Equal("Hội đồng đánh giá cấp xã đã họp", DossierLabels.Vi(DossierState.CouncilHeld));
        Assert.Equal("Chờ Hội đồng xét duyệt", DossierLabels.Vi(DossierState.AtReviewCouncil));
        var labels = Enum.GetValues<DossierGuard>().Select(DossierLabels.Vi).Concat(Enum.GetValues<DossierTrigger>().Select(DossierLabels.Vi));
        Assert.DoesNotContain(labels.Concat(Resources().Select(r => r.Value)), t => t.Contains("hội đồng xã", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Unknown_values_are_said_not_yet_checked_against_the_original_text()
    {
        Assert.DoesNotContain(Resources(), r => r.Value.Contains("chưa rõ trong văn bản pháp luật", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Resources(), r => r.Key == "Std.Intro" && r.Value.Contains("chưa đối chiếu được với văn bản gốc", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_to_the_ministry_names_the_ministry_the_round_sets()
    {
        var policy = ApprovalPolicy.Default(ApprovalChain.ThreeLevel);
        Assert.Equal("tỉnh gửi Bộ Y tế", policy.ReportLevelNameVi(ReportLevel.Province, "Bộ Y tế"));
        Assert.Equal("tỉnh gửi Bộ (chưa ghi tên bộ)", policy.ReportLevelNameVi(ReportLevel.Province, null));
    }

    [Fact]
    public void Giay_khen_and_bang_khen_are_told_apart_in_english()
    {
        var english = Resources().Where(r => r.File.EndsWith(".en.resx", StringComparison.Ordinal) && r.Key.EndsWith(".GiayKhen", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(english);
        Assert.All(english, r => Assert.StartsWith("Certificate of commendation", r.Value, StringComparison.Ordinal));
        Assert.All(Resources().Where(r => r.File.EndsWith(".en.resx", StringComparison.Ordinal) && r.Key.EndsWith(".BangKhen", StringComparison.Ordinal)),
            r => Assert.StartsWith("Certificate of merit", r.Value, StringComparison.Ordinal));
    }
}
