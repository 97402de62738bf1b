namespace Portal.Workflows.Scoring;

/// <summary>The missing list of a result: each entry says, in the reader's words, which value is not known yet.</summary>
internal sealed class MissingList : List<string>
{
    public void AddIfNull(object? value, string owner, string path)
    {
        if (value is null) Add(ScoringMessages.ValueUnknown(owner, path));
    }
}
