using Portal.Data.Rounds;
using Portal.Data.Units;
using Portal.DevTools.Demo;
using Portal.Workflows.Rounds;

namespace Portal.DevTools.National;

/// <summary>A closed round of the national data set in one province, written directly, with the demo round's dates.</summary>
internal static class NationalRound
{
    public static Round New(AdminUnit province, int year)
    {
        var request = DemoCalendar.Round(year, province.Id);
        return new Round
        {
            Year = year, Name = request.Name, StandardCode = request.StandardCode, ScopeUnitId = province.Id, Chain = request.Chain,
            EvaluatedFrom = request.EvaluatedFrom, EvaluatedTo = request.EvaluatedTo, OpensOn = request.OpensOn,
            PostingDays = request.PostingDays, Status = RoundStatus.Closed,
            OpenedAtUtc = new DateTime(year, 11, 1, 1, 0, 0, DateTimeKind.Utc),
            CreatedAtUtc = new DateTime(year, 10, 1, 2, 0, 0, DateTimeKind.Utc), CreatedBy = DemoPeople.ProvinceOfficer,
            Deadlines = [.. request.DueDates.Select(d => new RoundDeadline { Stage = d.Key, DueDate = d.Value })],
            ReportDeadlines = [.. (request.ReportDueDates ?? new Dictionary<ReportLevel, DateOnly>())
                .Select(r => new RoundReportDeadline { Level = r.Key, DueDate = r.Value })],
        };
    }
}
