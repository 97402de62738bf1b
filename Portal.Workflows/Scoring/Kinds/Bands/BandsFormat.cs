using System.Text.Json;
using P = Portal.Workflows.Scoring.FormatPropertyNames;

namespace Portal.Workflows.Scoring;

/// <summary>Reads and writes the <c>bands</c> list of a rate or count: <c>min</c> or <c>max</c>, optional <c>strict</c>, <c>points</c>.</summary>
internal static class BandsFormat
{
    private static readonly IReadOnlySet<string> BandFields = new HashSet<string> { P.Min, P.Max, P.Strict, P.Points };

    public static ValueList<Band>? Read(JsonObjectReader reader, List<SetProblem> problems) => reader.List(P.Bands, problems, ReadBand);

    public static void Write(Utf8JsonWriter writer, ValueList<Band>? bands) =>
        writer.WriteNullableList(P.Bands, bands, (w, band) =>
        {
            w.WriteStartObject();
            w.WriteNullableNumber(band.Bound == BandBound.Min ? P.Min : P.Max, band.Threshold);
            // Written only when set, as a hand-written file would: "từ … trở lên" is the common case.
            if (band.Strict) w.WriteBoolean(P.Strict, true);
            w.WriteNullableNumber(P.Points, band.Points);
            w.WriteEndObject();
        });

    private static Band? ReadBand(JsonElement element, string path, List<SetProblem> problems)
    {
        var band = JsonObjectReader.Open(element, path, problems);
        if (band is null) return null;
        band.RejectOthers(BandFields, ScoringMessages.UnknownProperty);
        var hasMin = band.Has(P.Min);
        if (hasMin == band.Has(P.Max))
        {
            problems.Add(new SetProblem(path, ScoringMessages.BandNeedsOneBound()));
            return null;
        }
        var points = band.Int(P.Points);
        var strict = band.Has(P.Strict) && (band.Bool(P.Strict, nullable: false) ?? false);
        var read = hasMin ? Band.Min(band.Decimal(P.Min), points) : Band.Max(band.Decimal(P.Max), points);
        return read with { Strict = strict };
    }
}
