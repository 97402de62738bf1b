namespace Portal.Tests.Dossiers;

/// <summary>Tests that start from Phường 1's dossier publicly posted with its four documents, not yet signed off.</summary>
public abstract class PostedDossierTests : IAsyncLifetime
{
    protected DossierTestBed Bed { get; private set; } = null!;
    protected int Id { get; private set; }

    public virtual async Task InitializeAsync()
    {
        Bed = await DossierTestBed.CreateAsync();
        Id = (await Bed.DossierAsync("22015")).Id;
        await Bed.PostWithDocumentsAsync(Id);
    }

    public async Task DisposeAsync() => await Bed.DisposeAsync();
}
