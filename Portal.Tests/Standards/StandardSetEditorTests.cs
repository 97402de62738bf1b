using System.Text.Json.Nodes;
using Bunit;
using MudBlazor;
using Portal.Tests.Components;
using Portal.Web.Standards;
using Portal.Workflows.Scoring;

namespace Portal.Tests.Standards;

/// <summary>The administrator's set editor, driven through its inputs as a person would.</summary>
[Trait("Category", "Component")]
public sealed class StandardSetEditorTests : PortalComponentTest
{
    private readonly List<string> _saved = [];
    private IRenderedComponent<MudPopoverProvider>? _popovers;

    private IRenderedComponent<StandardSetEditor> RenderEditor(
        string json, bool isNew = false, IReadOnlyList<SetProblem>? serverProblems = null, bool busy = false)
    {
        _popovers ??= Render<MudPopoverProvider>();   // select options open here; one provider per test
        return Render<StandardSetEditor>(p => p
            .Add(x => x.InitialJson, json)
            .Add(x => x.IsNew, isNew)
            .Add(x => x.OnSave, saved => _saved.Add(saved))
            .Add(x => x.ServerProblems, serverProblems)
            .Add(x => x.Busy, busy));
    }

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Does one edit and waits until the editor has re-validated: MudBlazor inputs may finish asynchronously.</summary>
    private static void Edit(IRenderedComponent<StandardSetEditor> cut, Action act)
    {
        var before = Revision(cut);
        act();
        cut.WaitForAssertion(() => Assert.NotEqual(before, Revision(cut)), Wait);
    }

    private static string? Revision(IRenderedComponent<StandardSetEditor> cut) =>
        cut.Find(".standard-set-editor").GetAttribute("data-revision");

    private static void Fill(IRenderedComponent<StandardSetEditor> cut, string id, string value) =>
        Edit(cut, () => cut.Find($"#{id}").Change(value));

    private static void Tick(IRenderedComponent<StandardSetEditor> cut, string id, bool value) =>
        Edit(cut, () => cut.Find($"#{id}").Change(value));

    private static void Click(IRenderedComponent<StandardSetEditor> cut, string id) =>
        Edit(cut, () => cut.Find($"#{id}").Click());

    private void Choose(IRenderedComponent<StandardSetEditor> cut, string selectId, string option)
    {
        // The list opens, and the choice lands, asynchronously: wait for each.
        var popovers = _popovers!;
        cut.Find($"#{selectId}").Closest("div.mud-input-control")!.MouseDown();
        var item = popovers.WaitForElement($".{selectId}-{option}", Wait);
        Edit(cut, () => item.Click());
        popovers.WaitForAssertion(() => Assert.Empty(popovers.FindAll(".mud-popover-open")), Wait);
    }

    private static void Expand(IRenderedComponent<StandardSetEditor> cut, int index)
    {
        cut.Find($"#criterion-{index} .mud-expand-panel-header").Click();
        cut.WaitForElement($"#criterion-{index}-editor", Wait);
    }

    private static List<string> ProblemPaths(IRenderedComponent<StandardSetEditor> cut) =>
        cut.FindAll("#editor-problems li.editor-problem").Select(li => li.GetAttribute("data-path")!).ToList();

    private static bool SaveDisabled(IRenderedComponent<StandardSetEditor> cut) => cut.Find("#editor-save").HasAttribute("disabled");

    private static ScoreResult Score(StandardSet set, bool yes, long numerator, long denominator) =>
        StandardScorer.Score(set, new ScoreInput("A", new Dictionary<string, CriterionInput>
        {
            ["1"] = CriterionInput.ForYes(yes),
            ["2"] = CriterionInput.ForRate(numerator, denominator),
        }));

    [Fact]
    public void An_administrator_builds_a_small_new_set_that_saves_and_scores()
    {
        var cut = RenderEditor(SetDraft.NewTemplate("THU-01"), isNew: true);
        Fill(cut, "set-title-vi", "Bộ tiêu chí thử nghiệm");
        Fill(cut, "set-title-en", "Trial standard");
        Fill(cut, "set-basis", "Thử nghiệm nội bộ");
        Fill(cut, "category-0-name-vi", "Phường");
        Fill(cut, "category-0-name-en", "Wards");
        Fill(cut, "category-0-min-total", "120");
        Click(cut, "rule-no-zero-yes");
        Click(cut, "rule-all-achieved-no");
        Expand(cut, 0);
        Fill(cut, "criterion-0-name-vi", "Có kế hoạch bảo vệ trẻ em");
        Fill(cut, "criterion-0-name-en", "A child-protection plan");
        Fill(cut, "criterion-0-max-points", "50");

        Click(cut, "add-criterion");
        Fill(cut, "criterion-1-name-vi", "Trẻ em được khai sinh đúng quy định");
        Fill(cut, "criterion-1-name-en", "Births registered");
        Fill(cut, "criterion-1-max-points", "100");
        Choose(cut, "criterion-1-kind", "rate");
        Click(cut, "criterion-1-direction-yes");
        Choose(cut, "criterion-1-when-no-cases", "full");
        Click(cut, "criterion-1-add-band");
        Click(cut, "criterion-1-add-band");
        Fill(cut, "criterion-1-band-0-threshold", "90");
        Fill(cut, "criterion-1-band-0-points", "100");
        Fill(cut, "criterion-1-band-1-threshold", "70");
        Fill(cut, "criterion-1-band-1-points", "30");
        Tick(cut, "set-complete", true);

        // The criteria add up to 150 while the set still says 100: shown live, and Save waits.
        Assert.Equal("150", cut.Find("#editor-points-sum").GetAttribute("data-sum"));
        Assert.Equal(["$.categories[0].minTotal", "$.totalPoints"], ProblemPaths(cut).Order());
        Assert.True(SaveDisabled(cut));

        Fill(cut, "set-total-points", "150");
        Assert.Empty(cut.FindAll("#editor-problems li").Select(li => li.TextContent));
        Assert.False(SaveDisabled(cut));
        Click(cut, "editor-save");

        var loaded = StandardSetFormat.Read(Assert.Single(_saved));
        Assert.Empty(loaded.Problems);
        var set = loaded.Set!;
        Assert.Equal(("THU-01", true, 150), (set.Code, set.Complete, set.TotalPoints));
        Assert.Equal(new PassRules(true, false), set.PassRules);
        Assert.Equal(new RateRule(true, [Band.Min(90, 100), Band.Min(70, 30)], NoCasesPolicy.Full), set.Criteria[1].Rule);

        Assert.Equal((Verdict.NotRecognized, 80), (Score(set, true, 80, 100).Verdict, Score(set, true, 80, 100).Total));
        Assert.Equal((Verdict.Recognized, 150), (Score(set, true, 95, 100).Verdict, Score(set, true, 95, 100).Total));
        Assert.Equal(150, Score(set, true, 0, 0).Total);                          // no cases: full points
        Assert.Equal(Verdict.NotRecognized, Score(set, false, 95, 100).Verdict);  // a criterion at 0
        Assert.Equal(0, Score(set, true, 69, 100).Criteria[1].Points);
    }

    [Fact]
    public void Band_points_above_the_criterion_maximum_are_shown_with_their_path_and_block_saving()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Assert.False(SaveDisabled(cut));
        Expand(cut, 1);

        Fill(cut, "criterion-1-band-0-points", "80");

        Assert.Contains("$.criteria[1].bands[0].points", ProblemPaths(cut));
        Assert.True(SaveDisabled(cut));
        Assert.Equal("true", cut.Find("#criterion-1-band-0-points").GetAttribute("aria-invalid"));
        Assert.NotEmpty(cut.FindAll("#criterion-1 .criterion-has-problems"));
        cut.Find("#editor-save").Click();   // disabled: nothing happens
        Assert.Empty(_saved);

        Fill(cut, "criterion-1-band-0-points", "75");
        Assert.Empty(ProblemPaths(cut));
        Assert.False(SaveDisabled(cut));
    }

    [Fact]
    public void Switching_a_checklist_to_a_rate_drops_the_items_from_the_saved_file()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Expand(cut, 0);
        Assert.NotEmpty(cut.FindAll("#criterion-0-items"));

        Choose(cut, "criterion-0-kind", "rate");
        Assert.Empty(cut.FindAll("#criterion-0-items"));
        Assert.Contains("$.criteria[0].higherIsBetter", ProblemPaths(cut));
        Assert.Contains("$.criteria[0].bands", ProblemPaths(cut));
        Click(cut, "criterion-0-direction-yes");
        Click(cut, "criterion-0-add-band");
        Fill(cut, "criterion-0-band-0-threshold", "50");
        Fill(cut, "criterion-0-band-0-points", "100");
        Click(cut, "editor-save");

        var criterion = JsonNode.Parse(Assert.Single(_saved))!["criteria"]![0]!.AsObject();
        Assert.Equal(["bands", "higherIsBetter", "kind", "maxPoints", "name_en", "name_vi", "no", "whenNoCases"],
            criterion.Select(p => p.Key).Order());
        Assert.Equal("rate", (string?)criterion["kind"]);
        Assert.Empty(StandardSetFormat.Read(_saved[0]).Problems);

        // Switching back brings the items back, as they were.
        Choose(cut, "criterion-0-kind", "checklist");
        Assert.Equal("1d", cut.Find("#criterion-0-item-3-code").GetAttribute("value"));
        Assert.Empty(ProblemPaths(cut));
    }

    [Fact]
    public void A_lower_is_better_band_can_be_the_catch_all()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Expand(cut, 2);   // criterion 3: count, lower is better, max 0 → 75, max 2 → 30
        Click(cut, "criterion-2-add-band");
        Tick(cut, "criterion-2-band-2-catch-all", true);
        Fill(cut, "criterion-2-band-2-points", "10");
        Click(cut, "editor-save");

        var rule = Assert.IsType<CountRule>(StandardSetFormat.Read(Assert.Single(_saved)).Set!.Criteria[2].Rule);
        Assert.Equal([Band.Max(0, 75), Band.Max(2, 30), Band.Max(null, 10)], rule.Bands!);
        Assert.NotEmpty(cut.FindAll("#criterion-2-bands .catch-all"));
    }

    [Fact]
    public void Moving_a_criterion_changes_the_order_but_not_the_numbers()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Expand(cut, 1);
        Click(cut, "criterion-1-up");

        Assert.StartsWith("2.", cut.Find("#criterion-0 .criterion-header").TextContent.Trim(), StringComparison.Ordinal);
        Click(cut, "editor-save");
        Assert.Equal(["2", "1", "3"], StandardSetFormat.Read(Assert.Single(_saved)).Set!.Criteria.Take(3).Select(c => c.No));
    }

    [Fact]
    public void A_part_is_edited_like_a_criterion_and_the_parts_must_add_up()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Expand(cut, 5);   // criterion 6: parts 6a (rate, 50) and 6b (rate, 75) = 125

        Fill(cut, "criterion-5-part-1-max-points", "70");
        Assert.Contains("$.criteria[5].parts", ProblemPaths(cut));                      // 50 + 70 ≠ 125
        Assert.Contains("$.criteria[5].parts[1].bands[0].points", ProblemPaths(cut));   // 75 > 70
        Fill(cut, "criterion-5-part-1-band-0-points", "70");
        Fill(cut, "criterion-5-max-points", "120");
        Fill(cut, "set-total-points", "995");
        Assert.Empty(ProblemPaths(cut));

        // A part may be of any kind but parts.
        var popovers = _popovers!;
        cut.Find("#criterion-5-part-0-kind").Closest("div.mud-input-control")!.MouseDown();
        var yesNo = popovers.WaitForElement(".criterion-5-part-0-kind-yesno", Wait);
        Assert.Empty(popovers.FindAll(".criterion-5-part-0-kind-parts"));
        Edit(cut, () => yesNo.Click());
        Click(cut, "editor-save");

        var parts = Assert.IsType<PartsRule>(StandardSetFormat.Read(Assert.Single(_saved)).Set!.Criteria[5].Rule).Parts!;
        Assert.IsType<YesNoRule>(parts[0].Rule);
        Assert.Equal((70, 70), (parts[1].MaxPoints, ((RateRule)parts[1].Rule!).Bands![0].Points));
    }

    [Fact]
    public void Removing_a_criterion_shows_the_new_sum_against_the_total()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Expand(cut, 12);
        Click(cut, "criterion-12-remove");

        Assert.Equal(12, cut.FindAll(".criterion-panel").Count);
        Assert.Equal("925", cut.Find("#editor-points-sum").GetAttribute("data-sum"));
        Assert.Equal(["$.totalPoints"], ProblemPaths(cut));
        Fill(cut, "set-total-points", "925");
        Click(cut, "editor-save");
        Assert.Equal(12, StandardSetFormat.Read(Assert.Single(_saved)).Set!.Criteria.Count);
    }

    [Fact]
    public void An_incomplete_set_renders_with_its_unknowns_and_can_be_saved()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Qd34));

        Assert.Equal(15, cut.FindAll(".criterion-panel").Count);
        Assert.Empty(cut.FindAll("#editor-problems"));
        Assert.False(SaveDisabled(cut));
        var sum = cut.Find("#editor-points-sum");
        Assert.Equal(("125", "13", "1000"), (sum.GetAttribute("data-sum"), sum.GetAttribute("data-unknown"), sum.GetAttribute("data-total")));
        Assert.Equal("", cut.Find("#category-1-min-total").GetAttribute("value") ?? "");
        Expand(cut, 0);
        Assert.NotEmpty(cut.FindAll("#criterion-0-editor .kind-hint"));
        Assert.True(cut.Find("#rule-no-zero-unknown").HasAttribute("checked"));

        Click(cut, "editor-save");
        Assert.Equal(StandardSetFormat.Read(EditorSeedSets.Text(EditorSeedSets.Qd34)).Set, StandardSetFormat.Read(_saved[0]).Set);
    }

    [Fact]
    public void Marking_an_incomplete_set_complete_lists_every_unknown_value()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Qd06));
        Tick(cut, "set-complete", true);

        var paths = ProblemPaths(cut);
        Assert.Contains("$.criteria[1].maxPoints", paths);
        Assert.Contains("$.criteria[1].bands", paths);
        Assert.Contains("$.criteria[7].parts", paths);
        Assert.True(SaveDisabled(cut));
    }

    [Fact]
    public void The_code_can_be_typed_only_for_a_new_set()
    {
        var existing = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Assert.True(existing.Find("#set-code").HasAttribute("disabled"));

        var fresh = RenderEditor(SetDraft.NewTemplate("MOI"), isNew: true);
        Assert.False(fresh.Find("#set-code").HasAttribute("disabled"));
        Fill(fresh, "set-code", "");
        Assert.Contains("$.code", ProblemPaths(fresh));
    }

    [Fact]
    public void Problems_from_the_host_are_shown_until_the_next_edit_and_busy_blocks_saving()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo),
            serverProblems: [new SetProblem("$.code", "Mã DEMO-06 đã được dùng")], busy: true);

        var shown = cut.Find("#editor-problems li.editor-problem-server");
        Assert.Contains("Mã DEMO-06 đã được dùng", shown.TextContent);
        Assert.True(SaveDisabled(cut));

        cut.Render(p => p.Add(x => x.Busy, false));
        Assert.False(SaveDisabled(cut));   // the host's problems do not block trying again
        Assert.Equal("true", cut.Find("#set-code").GetAttribute("aria-invalid"));
        Fill(cut, "set-title-en", "Another title");
        Assert.Empty(cut.FindAll("#editor-problems"));
    }

    [Fact]
    public void Strict_bands_unknown_points_rate_labels_and_evaluation_years_are_edited_and_saved()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Qd34));
        Expand(cut, 2);   // criterion 3: "dưới 2 %" → 75, the rest unknown
        Assert.True(cut.Find("#criterion-2-band-0-strict").HasAttribute("checked"));
        Assert.Equal("", cut.Find("#criterion-2-band-1-points").GetAttribute("value") ?? "");

        Tick(cut, "criterion-2-band-0-strict", false);
        Fill(cut, "criterion-2-numerator-vi", "Số trẻ em phải lao động");
        Fill(cut, "set-evaluation-years", "2022, 2024");
        Click(cut, "editor-save");

        var set = StandardSetFormat.Read(Assert.Single(_saved)).Set!;
        var rule = Assert.IsType<RateRule>(set.Criteria[2].Rule);
        Assert.Equal([Band.Max(2, 75), Band.Max(null, null)], rule.Bands!);
        Assert.Equal(("Số trẻ em phải lao động", "Tổng số trẻ em"), (rule.NumeratorVi, rule.DenominatorVi));
        Assert.Equal([2022, 2024], set.EvaluationYears!);
    }

    [Fact]
    public void Numbers_of_the_set_are_typed_the_vietnamese_way_and_one_that_is_not_a_number_holds_saving_back()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        Assert.Equal("1.000", cut.Find("#set-total-points").GetAttribute("value"));
        Expand(cut, 3);   // criterion 4: lower is better, max 0,1 % → 75

        Assert.Equal("0,1", cut.Find("#criterion-3-band-0-threshold").GetAttribute("value"));
        Fill(cut, "criterion-3-band-0-threshold", "0,15");
        cut.Find("#criterion-3-band-0-points").Change("7,5");

        cut.WaitForAssertion(() => Assert.Contains("cần một số nguyên", cut.Find("#criterion-3-bands").TextContent));
        Assert.Equal("7,5", cut.Find("#criterion-3-band-0-points").GetAttribute("value"));
        Assert.True(SaveDisabled(cut));

        cut.Find("#criterion-3-band-0-points").Change("75");
        cut.WaitForAssertion(() => Assert.False(SaveDisabled(cut)));
        Click(cut, "editor-save");
        var rule = Assert.IsType<RateRule>(StandardSetFormat.Read(Assert.Single(_saved)).Set!.Criteria[3].Rule);
        Assert.Equal(Band.Max(0.15m, 75), rule.Bands![0]);
    }

    [Fact]
    public void Evaluation_years_that_are_not_years_stay_as_typed_with_the_reason()
    {
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));

        cut.Find("#set-evaluation-years").Change("2022, hai");

        cut.WaitForAssertion(() => Assert.Contains("“hai” không phải là một năm.", cut.Markup));
        Assert.Equal("2022, hai", cut.Find("#set-evaluation-years").GetAttribute("value"));
    }

    [Fact]
    public void Text_that_is_not_a_set_file_is_reported_instead_of_edited()
    {
        var cut = RenderEditor("{ not json");

        Assert.NotEmpty(cut.FindAll("#editor-load-error"));
        Assert.Empty(cut.FindAll("#editor-save"));
    }

    [Fact]
    public void Every_text_of_the_editor_is_translated()
    {
        // A missing resource shows its key ("Editor.…"): open every criterion of every kind and look for one.
        var cut = RenderEditor(EditorSeedSets.Text(EditorSeedSets.Demo));
        for (var i = 0; i < 13; i++) Expand(cut, i);
        Tick(cut, "set-complete", false);
        Choose(cut, "criterion-0-kind", "unknown");
        Click(cut, "criterion-1-direction-unknown");

        Assert.Equal(13, cut.FindAll(".criterion-editor").Count);
        Assert.DoesNotContain("Editor.", cut.Markup + _popovers!.Markup, StringComparison.Ordinal);
    }
}
