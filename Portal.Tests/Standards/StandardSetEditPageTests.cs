using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Data.Accounts;
using Portal.Tests.Components;
using Portal.Tests.Scoring;
using Portal.Web.Standards;
using Portal.Workflows.Access;
using Portal.Workflows.Scoring;
using Portal.Workflows.Standards;

namespace Portal.Tests.Standards;

/// <summary>The editor as an administrator reaches it: the page hands it the stored set, and stores what it saves.</summary>
[Trait("Category", "Component")]
public sealed class StandardSetEditPageTests : PortalComponentTest
{
    private async Task<IRenderedComponent<StandardSetEditPage>> RenderAsync(string? code, string role = PortalRoles.Administrator)
    {
        await UseDatabaseAsync();
        await Database!.Services.GetRequiredService<ShippedStandardSets>().EnsureAsync();
        await SignInAsync("quantri", role, role == PortalRoles.Administrator ? null : "54");
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
        Render<MudPopoverProvider>();
        return Render<StandardSetEditPage>(p => p.Add(x => x.Code, code));
    }

    [Theory]
    [InlineData("QD06-2019")]
    [InlineData(null)]
    public async Task The_editor_opens_on_the_stored_set_or_a_new_template(string? code)
    {
        var cut = await RenderAsync(code);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#editor-save")));
        Assert.Empty(cut.FindAll("#editor-load-error"));
        Assert.Contains(code ?? "BO-MOI", cut.Markup);
    }

    [Fact]
    public async Task A_non_administrator_gets_the_refusal_and_it_is_logged_once()
    {
        var cut = await RenderAsync("QD06-2019", PortalRoles.ProvinceOfficer);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#access-refused")));
        Assert.Empty(cut.FindAll("#editor-save"));
        await using var db = Database!.Context();
        var logged = Assert.Single(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.AccessRefusals));
        Assert.Equal(("standard:QD06-2019", "change"), (logged.Resource, logged.Action));
    }

    [Fact]
    public async Task A_set_built_in_the_editor_exports_to_a_file_that_scores_the_same()
    {
        await UseDatabaseAsync();
        var catalog = Database!.Services.GetRequiredService<StandardSetCatalog>();
        var admin = new UserScope("a", "quantri", new HashSet<string> { PortalRoles.Administrator }, null, null);
        var draft = SetDraft.FromJson(SetDraft.NewTemplate("MOI-1"));
        var built = StandardSetFormat.Read(draft.ToJson());
        Assert.True(built.IsAccepted, string.Join("; ", built.Problems));
        Assert.True((await catalog.ImportAsync(admin, draft.ToJson())).Succeeded);
        var exported = StandardSetFormat.Read((await catalog.ExportAsync(admin, "MOI-1"))!).Set!;
        Assert.Equal(built.Set, exported);
        var category = exported.Categories[0].Code;
        foreach (var yes in new[] { true, false })
        {
            var input = new ScoreInput(category, exported.Criteria.ToDictionary(c => c.No, _ => CriterionInput.ForYes(yes)));
            var (a, b) = (StandardScorer.Score(built.Set!, input), StandardScorer.Score(exported, input));
            Assert.Equal((a.Total, a.Verdict, a.MinTotal), (b.Total, b.Verdict, b.MinTotal));
            Assert.Equal(a.Criteria.Select(c => c.Points), b.Criteria.Select(c => c.Points));
        }
    }
}
