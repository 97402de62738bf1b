using Portal.Data.Rewards;

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
    bool CanDecide);

/// <summary>Outcome of a decision or decline: nothing is saved unless it succeeded.</summary>
public sealed record RewardResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static readonly RewardResult Ok = new(true, []);
    public static RewardResult Fail(params string[] errors) => new(false, errors);
}
