using Portal.Data.Rewards;
using Portal.Data.Units;

namespace Portal.Workflows.Rewards;

/// <summary>A proposal as the rewards page lists it, with whether the reader may record its decision.</summary>
public sealed record ProposalRow(
    int Id,
    int UnitId,
    string Commune,
    string? District,
    int StreakLength,
    IReadOnlyList<int> Years,
    RewardLevel Level,
    RewardStatus Status,
    DateTime CreatedAtUtc,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    RewardForm? Form,
    long? AmountVnd,
    string? Signer,
    string? DeclineReason,
    string? DecidedBy,
    bool CanDecide)
{
    /// <summary>The level whose leader decides it (the round's chain), and the form its rule names.</summary>
    public UnitLevel DeciderLevel { get; init; } = Level == RewardLevel.District ? UnitLevel.District : UnitLevel.Province;
    public RewardForm UsualForm { get; init; } = Level == RewardLevel.District ? RewardForm.GiayKhen : RewardForm.BangKhen;
}
