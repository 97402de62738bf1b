using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Components;
using Portal.Tests.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Dossiers.Drafts;

namespace Portal.Tests.Drafts;

/// <summary>
/// bUnit tests of one dossier form's drafts (issue 14 item 5, decision 0021): Phường 1's dossier on a test bed, the
/// form rendered as the page renders it, drafts written at once (a component test waits for nothing).
/// </summary>
public abstract class FormDraftTest : IAsyncLifetime
{
    protected DossierTestBed Bed { get; private set; } = null!;
    protected int Id { get; private set; }
    protected DossierDrafts Drafts => Bed.Db.Services.GetRequiredService<DossierDrafts>();

    public async Task InitializeAsync()
    {
        Bed = await DossierTestBed.CreateAsync();
        Id = (await Bed.DossierAsync("22015")).Id;
    }

    public async Task DisposeAsync() => await Bed.DisposeAsync();

    /// <summary>The text box of a Mud field by its id, whether the id lands on the box or on a wrapper.</summary>
    protected static IElement Box<T>(IRenderedComponent<T> form, string id) where T : IComponent =>
        form.Find($"input#{id}, textarea#{id}, #{id} input, #{id} textarea");

    /// <summary>Types <paramref name="text"/> into a box as the browser sends each keystroke's whole value.</summary>
    protected static Task TypeAsync(IElement box, string text) => box.InputAsync(new ChangeEventArgs { Value = text });

    /// <summary>The one draft <paramref name="who"/> has of the form's fields, as stored now: its parts joined by "|".</summary>
    protected async Task<string> StoredAsync(UserScope who, string prefix) =>
        string.Join("|", DraftFields.Parts(Assert.Single(await Drafts.OffersAsync(who, Id, prefix)).Value));

    /// <summary>A second officer of the same office, who saves the same form meanwhile.</summary>
    protected Task<UserScope> ColleagueAsync(string userName, string role, string unitCode) => Bed.ScopeAsync(userName, role, unitCode);
}
