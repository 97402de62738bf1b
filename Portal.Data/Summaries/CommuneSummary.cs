namespace Portal.Data.Summaries;

/// <summary>
/// One commune's streaks of recognised years as the streak calculator last computed them, kept with the change that
/// moved them (a verdict, a round closing). Years are stored as written lists ("2021,2022,2023") because a streak may
/// step over years in which no round covered the commune.
/// </summary>
public class CommuneSummary : ISummaryUnits
{
    /// <summary>The commune's id (one row per commune that has had a dossier).</summary>
    public int CommuneId { get; set; }
    public int ProvinceId { get; set; }
    public int? DistrictId { get; set; }
    public int CurrentLength { get; set; }
    public string CurrentYears { get; set; } = "";
    public int LongestLength { get; set; }
    public string LongestYears { get; set; } = "";
    /// <summary>The latest milestone any run reached (3 or 5 years; 0 none) and the year it was reached.</summary>
    public int MilestoneLength { get; set; }
    public int? MilestoneYear { get; set; }
}
