using Microsoft.Extensions.Localization;
using Portal.Web.Localization;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Web.Standards;

/// <summary>
/// Puts a set's rules into words people read at a glance: "≥ 98 %: 75 điểm", "≤ 0: 75 điểm", "chưa rõ".
/// Numbers in the current culture (97,5 in Vietnamese); an unknown value (null) is said to be unknown, never guessed.
/// </summary>
public sealed class StandardText(IStringLocalizer<Texts> t)
{
    public string Unknown => t["Std.Unknown"];

    public string Number(decimal? value) => value is { } v ? PortalFormat.Decimal(v) : Unknown;
    public string Number(int? value) => value is { } v ? PortalFormat.Number(v) : Unknown;

    public string Points(int? points) => points is null ? Unknown : t["Std.Points", Number(points)];

    public string Name(string? vi, string? en) => ScoringMessages.Pick(vi, en) ?? Unknown;

    /// <summary>A criterion's points as shown beside it: the number, "chưa rõ" when answered but unknown, "—" when not answered.</summary>
    public string PointsOf(int? points, bool answered) => points is { } p ? Number(p) : answered ? Unknown : "—";

    public string Kind(ScoringRule? rule) => rule is null ? t["Std.Kind.Unknown"] : t["Std.Kind." + rule.Kind];

    /// <summary>One band: "≥ 98 %: 75 điểm" for a rate, "&lt; 2: 50 điểm" for a strict count band, "còn lại: 10 điểm" for a catch-all.</summary>
    public string Band(Band band, bool isRate)
    {
        var unit = isRate ? " %" : "";
        var condition = band switch
        {
            { IsCatchAll: true } => t["Std.Band.Otherwise"].Value,
            { Threshold: null } => Unknown,
            { Bound: BandBound.Min } => $"{(band.Strict ? ">" : "≥")} {Number(band.Threshold)}{unit}",
            _ => $"{(band.Strict ? "<" : "≤")} {Number(band.Threshold)}{unit}",
        };
        return $"{condition}: {Points(band.Points)}";
    }

    public string Direction(bool? higherIsBetter) => higherIsBetter switch
    {
        true => t["Std.HigherIsBetter"],
        false => t["Std.LowerIsBetter"],
        null => t["Std.DirectionUnknown"],
    };

    public string WhenNoCases(NoCasesPolicy? policy) => policy is null ? t["Std.NoCases", Unknown] : t["Std.NoCases", t["Std.NoCases." + policy]];

    public string Verdict(Verdict verdict) => t["Std.Verdict." + verdict];
}
