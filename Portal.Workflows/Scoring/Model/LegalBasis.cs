using System.Globalization;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Scoring;

/// <summary>
/// Portal extension <c>legalBasis</c>: the legal instrument a set rests on, as a decision cites it — its kind, number,
/// date, issuer and subject ("Quyết định số 34/2014/QĐ-TTg ngày 30 tháng 5 năm 2014 của Thủ tướng Chính phủ quy định …").
/// Only what the text itself says: a set whose instrument is not known for certain leaves it out.
/// </summary>
public sealed record LegalBasis(string Kind, string Number, DateOnly Date, string Issuer, string Subject)
{
    /// <summary>
    /// "Quyết định số 34/2014/QĐ-TTg ngày 30 tháng 5 năm 2014 của Thủ tướng Chính phủ quy định …", for a "Căn cứ …" line; the
    /// day, and the months January and February, with a leading zero (Nghị định 30/2020/NĐ-CP).
    /// </summary>
    public string Citation() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind} số {Number} {PortalFormat.LegalDate(Date)} của {Issuer} {Subject}");
}
