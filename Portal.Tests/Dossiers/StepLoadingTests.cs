using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Dossiers;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Dossiers;

/// <summary>
/// A step loads of the dossier only what its guards and the figures it carries read (issue 12: steps through the
/// service at ≥ 500 /s): most steps need neither the criteria nor the files.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StepLoadingTests
{
    /// <summary>Notes, for every step, whether the criteria and the files were loaded when its handlers ran.</summary>
    private sealed class SeeWhatWasLoaded : IDossierEventHandler<DossierStepTaken>
    {
        public Dictionary<DossierTrigger, (bool Criteria, bool Files)> Seen { get; } = [];

        public Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct)
        {
            var entry = work.Db.Entry(work.Dossier);
            Seen[e.Trigger] = (entry.Collection(d => d.Criteria).IsLoaded, entry.Collection(d => d.Files).IsLoaded);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Each_step_loads_what_its_guards_read_and_a_submission_still_carries_its_total()
    {
        var seen = new SeeWhatWasLoaded();
        await using var bed = await DossierTestBed.CreateAsync(s => s.AddSingleton<IDossierEventHandler<DossierStepTaken>>(seen));
        var id = (await bed.DossierAsync("22015")).Id;

        await bed.SubmitAsync(id);

        Assert.Equal((false, false), seen.Seen[DossierTrigger.StartSelfAssessment]);
        Assert.Equal((true, false), seen.Seen[DossierTrigger.RecordCouncil]); // inputs complete
        Assert.Equal((false, false), seen.Seen[DossierTrigger.StartPosting]);
        Assert.Equal((false, false), seen.Seen[DossierTrigger.SignOffSubmission]);
        Assert.Equal((true, true), seen.Seen[DossierTrigger.Submit]); // documents, inputs, and the total it carries
        Assert.Equal(1000, (await bed.DossierAsync("22015")).SelfTotal);
    }

    [Fact]
    public void Every_guard_says_what_it_reads_and_a_step_carrying_figures_loads_the_criteria()
    {
        foreach (var guard in Enum.GetValues<DossierGuard>()) _ = DossierFactsReader.PartsFor(guard);

        Assert.Equal(DossierParts.All, DossierSteps.PartsFor(DossierState.ReturnedForSupplement, DossierTrigger.Resubmit));
        Assert.Equal(DossierParts.Criteria, DossierSteps.PartsFor(DossierState.Submitted, DossierTrigger.ReturnForSupplement));
        Assert.Equal(DossierParts.None, DossierSteps.PartsFor(DossierState.Registered, DossierTrigger.Withdraw));
        // A step the state does not have loads nothing: it is refused as in the wrong state.
        Assert.Equal(DossierParts.None, DossierSteps.PartsFor(DossierState.Registered, DossierTrigger.Submit));
    }
}
