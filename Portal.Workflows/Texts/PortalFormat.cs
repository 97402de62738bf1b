using System.Globalization;
using Portal.Workflows.Dossiers;

namespace Portal.Workflows.Texts;

/// <summary>
/// How the portal writes dates and numbers: the one home of these rules (issue 10 item 1; a unit test refuses a date
/// or number pattern written anywhere else).
/// Dates are day/month/year in every language (07/12/2026): the programme's documents, deadlines and decisions are
/// Vietnamese, and an English reader who saw 12/07/2026 beside a Vietnamese decision would misread it. Times are Vietnam
/// time (UTC+7). Numbers follow the reader's culture: 1.234 and 97,5 in Vietnamese, 1,234 and 97.5 in English;
/// money is Vietnamese đồng in both (1.500.000 ₫), as written on the decision that grants it (record 0017).
/// </summary>
public static class PortalFormat
{
    /// <summary>The date pattern, for date pickers and for dates typed in (a round's holidays).</summary>
    public const string DatePattern = "dd/MM/yyyy";

    /// <summary>The same dates in a spreadsheet's number-format language, where "mm" is the month.</summary>
    public const string ExcelDatePattern = "dd/mm/yyyy";

    /// <summary>Report figures with one decimal in a spreadsheet (66.7), as <see cref="Figure"/> writes them on screen.</summary>
    public const string ExcelFigurePattern = "0.0";

    /// <summary>Whole numbers with thousands separators, for numeric input fields.</summary>
    public const string NumberPattern = "N0";

    private const string DateTimePattern = DatePattern + " HH:mm";
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date, string none = "—") => date is { } d ? Date(d) : none;

    /// <summary>A moment stored in UTC, written as the Vietnam time it was: 07/12/2026 14:05.</summary>
    public static string DateTime(DateTime utc) => utc.Add(PortalClock.VietnamOffset).ToString(DateTimePattern, CultureInfo.InvariantCulture);

    public static string DateTime(DateTime? utc, string none = "—") => utc is { } t ? DateTime(t) : none;

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"ngày 05 tháng 01 năm 2026": a Vietnamese document's date, the day and the months January and February with a leading zero (Nghị định 30/2020/NĐ-CP).</summary>
    public static string LegalDate(DateOnly d) => string.Create(CultureInfo.InvariantCulture,
        $"ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}");

    /// <summary>A count or whole number in the reader's culture: 1.234 / 1,234.</summary>
    public static string Number(long value) => value.ToString(NumberPattern, CultureInfo.CurrentCulture);

    public static string Number(long? value, string none = "—") => value is { } v ? Number(v) : none;

    /// <summary>A value as a standard writes it, up to two decimals and never rounded further: 97,5 / 99,58.</summary>
    public static string Decimal(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>An average score on the dashboard, at most one decimal: 87,3.</summary>
    public static string Score(decimal value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    public static string Score(decimal? value, string none = "—") => value is { } v ? Score(v) : none;

    /// <summary>A dashboard percentage, at most one decimal: 66,7 %.</summary>
    public static string Percent(decimal? value) => value is { } v ? Score(v) + " %" : "—";

    /// <summary>A report figure (a rate, an average), always one decimal so that columns line up: 66,7 / 50,0.</summary>
    public static string Figure(decimal value) => value.ToString(ExcelFigurePattern, CultureInfo.CurrentCulture);

    /// <summary>An amount of money in Vietnamese đồng whatever the reader's language: 1.500.000 ₫.</summary>
    public static string Money(long? amount) => amount is { } a ? a.ToString(NumberPattern, Vietnamese) + " ₫" : "—";
}
