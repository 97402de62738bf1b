namespace Portal.Workflows.Scoring;

/// <summary>
/// An inputs file: one input, or an array of them (<see cref="IsArray"/>), each either read or refused with its problems.
/// A refused entry does not stop the others: the command prints every result and an error in the refused one's place.
/// </summary>
public sealed record ScoreInputDocument(bool IsArray, IReadOnlyList<ScoreInputEntry> Entries);
