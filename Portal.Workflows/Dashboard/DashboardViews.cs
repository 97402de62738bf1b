using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.Workflows.Deadlines;
using Portal.Workflows.Reports;
using Portal.Workflows.Units;

namespace Portal.Workflows.Dashboard;

/// <summary>What the dashboard looks at: a year of rounds, a unit (null: everything the user may see), a state.</summary>
public sealed record DashboardFilter(int? Year, int? UnitId, DossierState? State);

/// <summary>A unit of the drill-down path, top first.</summary>
public sealed record UnitLink(int Id, string Name);

/// <summary>
/// The unit the dashboard is focused on and the units directly below it, which its rows are. A national view (an
/// administrator with no unit) has no focus unit: its rows are the provinces.
/// </summary>
public sealed record DashboardFocus(int? UnitId, string? Name, string PathPrefix, UnitLevel? Level, IReadOnlyList<UnitLink> Chain,
    IReadOnlyList<UnitBelow> Children)
{
    /// <summary>True when the user may also look at the whole country (an administrator looking at one unit).</summary>
    public bool CountryAbove { get; init; }
}

/// <summary>Dossiers of one unit below the focus (over its subtree), per state, with the on-time share of its stages.</summary>
public sealed record UnitStateRow(int UnitId, string Code, string Name, UnitLevel Level,
    IReadOnlyDictionary<DossierState, int> Counts, int StagesDone, int StagesOnTime)
{
    public int Total => Counts.Values.Sum();
    public int Count(DossierState state) => Counts.GetValueOrDefault(state);
    public decimal? OnTimePercent => ReportFigures.Percent(StagesOnTime, StagesDone);
}

/// <summary>One year over all rounds under the focus: registered, with a verdict, recognised, and the rate.</summary>
public sealed record YearRow(int Year, int Registered, int Dossiers, int Evaluated, int Recognised)
{
    public int NotRecognised => Evaluated - Recognised;
    /// <summary>Recognised out of those with a verdict (recognised or not): the same definition as the reports.</summary>
    public decimal? RecognitionRate => ReportFigures.Percent(Recognised, Evaluated);
}

/// <summary>
/// How often a criterion scored below its "achieved" mark among the scored dossiers of the year, and how many of its
/// points were lost on average: a criterion can pull communes under the threshold without ever scoring zero.
/// </summary>
public sealed record CriterionFailRow(string StandardCode, string CriterionNo, string? NameVi, string? NameEn, int Failed, int Scored,
    decimal? AveragePoints = null, int? MaxPoints = null)
{
    public decimal? FailedPercent => ReportFigures.Percent(Failed, Scored);
    /// <summary>The share of the criterion's maximum that the scored dossiers did not reach, on average.</summary>
    public decimal? LostPercent => AveragePoints is { } avg && MaxPoints is > 0 and var max ? Math.Round(100m * (max - avg) / max, 1, MidpointRounding.AwayFromZero) : null;
}

/// <summary>Average total (appraised where appraised, else self-assessed) of the dossiers with a verdict.</summary>
public sealed record ScoreSummary(int Count, decimal? AverageTotal, int? MinTotal, int? MaxTotal);

public sealed record StreakSummary(int AtLeastThree, int AtLeastFive, IReadOnlyList<StreakLine> Longest);

public sealed record StreakLine(int UnitId, string Name, string? ParentName, int Years, int? LastYear);

/// <summary>A dossier as lists show it, with where it stands against its due date.</summary>
public sealed record DossierLine(int DossierId, int Year, int UnitId, string UnitCode, string UnitName, string? ParentName,
    DossierState State, int? SelfTotal, int? AppraisedTotal, DateOnly? DueDate, DueStatus DueStatus, string? DecisionNumber);
