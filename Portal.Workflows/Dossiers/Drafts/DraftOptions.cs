namespace Portal.Workflows.Dossiers.Drafts;

/// <summary>How long typing must pause before the draft is written (component tests write at once).</summary>
public sealed class DraftOptions
{
    public TimeSpan KeepAfter { get; init; } = TimeSpan.FromSeconds(1);
}
