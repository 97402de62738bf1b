namespace Portal.Data.Summaries;

/// <summary>The unit columns every summary carries, so that one filter puts a focus unit on any of them.</summary>
public interface ISummaryUnits
{
    int ProvinceId { get; }
    int? DistrictId { get; }
    int CommuneId { get; }
}
