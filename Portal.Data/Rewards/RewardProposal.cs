using Portal.Data.Units;

namespace Portal.Data.Rewards;

/// <summary>
/// A proposal to consider rewarding a commune for consecutive recognised years (PORTAL-SPEC P6): 3 years go to the
/// district chairman, 5 to the province chairman. Created by the streak recomputation, at most once per commune,
/// level and last year of the streak; closed by a leader's decision or a decline. An amount is whatever the person
/// entering the decision reads on it: the portal never computes one.
/// </summary>
public class RewardProposal
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public AdminUnit? Unit { get; set; }
    /// <summary>3 or 5: how many consecutive recognised years the proposal rests on.</summary>
    public int StreakLength { get; set; }
    public int FirstYear { get; set; }
    public int LastYear { get; set; }
    /// <summary>The recognised years, comma-separated ("2021,2022,2023"): years without a round may be skipped.</summary>
    public required string Years { get; set; }
    public RewardLevel Level { get; set; }
    /// <summary>The level whose leader decides it, from the round's approval chain (its rule for this milestone).</summary>
    public UnitLevel DeciderLevel { get; set; }
    /// <summary>The form the chain's rule names for the milestone, offered first on the decision form.</summary>
    public RewardForm UsualForm { get; set; }
    public RewardStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public RewardForm? Form { get; set; }
    /// <summary>The amount in đồng written on the decision, entered by a person; null when none was given.</summary>
    public long? AmountVnd { get; set; }
    public string? Signer { get; set; }
    /// <summary>Why no reward was given, when declined.</summary>
    public string? DeclineReason { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    /// <summary>Raised on every change: of two leaders deciding at once, the second is refused.</summary>
    public int Version { get; set; }

    public IReadOnlyList<int> YearList() =>
        [.. Years.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture))];
}

/// <summary>
/// The milestone tier of the provincial plan: District for 3 years, Province for 5 years. Who decides is
/// <see cref="RewardProposal.DeciderLevel"/> (in a two-level round the province decides both).
/// </summary>
public enum RewardLevel { District = 2, Province = 1 }

public enum RewardStatus { Proposed = 0, Decided = 1, Declined = 2 }

/// <summary>Giấy khen (certificate of commendation, e.g. a district chairman's) or bằng khen (certificate of merit, a province chairman's).</summary>
public enum RewardForm { GiayKhen = 1, BangKhen = 2 }
