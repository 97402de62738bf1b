using System.Globalization;

namespace Portal.Web.Rewards;

/// <summary>How the rewards page writes years (dates and amounts: <see cref="Workflows.Texts.PortalFormat"/>).</summary>
public static class RewardText
{
    /// <summary>"2021–2025" for consecutive years, "2020, 2022, 2024" when years without a round were skipped.</summary>
    public static string Years(IReadOnlyList<int> years) =>
        years.Count == 0 ? "" :
        years.Count > 1 && years[^1] - years[0] == years.Count - 1
            ? string.Create(CultureInfo.InvariantCulture, $"{years[0]}–{years[^1]}")
            : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

}
