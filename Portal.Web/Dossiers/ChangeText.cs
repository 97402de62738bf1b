using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Dossiers;

/// <summary>
/// What a change touched, as the history stores it ("criterion:3 document:RequestLetter"), in the reader's words:
/// "Tiêu chí 3, Tờ trình đề nghị công nhận của UBND xã". Used where the page says why a sign-off was voided.
/// </summary>
public static class ChangeText
{
    public static string Subjects(string? stored, IStringLocalizer<Texts> t) =>
        string.Join(", ", (stored ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Subject(s, t)));

    private static string Subject(string subject, IStringLocalizer<Texts> t) => subject.Split(':', 2) switch
    {
        ["criterion", var no] => t["Return.Criterion", no],
        ["evidence", ""] => t["Docs.EvidenceGeneral"],
        ["evidence", var no] => t["Docs.EvidenceOf", no],
        ["document", var kind] => t["Doc." + kind],
        ["council"] => t["Council.Title"],
        ["posting"] => t["Posting.Title"],
        ["answer"] => t["Return.Answers"],
        _ => subject,
    };
}
