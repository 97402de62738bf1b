namespace Portal.Workflows.Scoring;

/// <summary>
/// Maps a set to its draft and back, field for field. The set-level fields and the criterion's common fields are
/// here; each kind maps its own fields (<see cref="ScoringKind.ToDraft"/>, <see cref="ScoringKind.FromDraft"/>).
/// </summary>
internal static class SetDraftMapping
{
    public static SetDraft ToDraft(StandardSet set) => new()
    {
        Format = set.Format,
        Code = set.Code,
        TitleVi = set.TitleVi,
        TitleEn = set.TitleEn,
        Basis = set.Basis,
        Illustrative = set.Illustrative,
        Complete = set.Complete,
        TotalPoints = set.TotalPoints,
        EvaluationYears = set.EvaluationYears?.ToList(),
        LegalBasis = set.LegalBasis,
        Categories = [.. set.Categories.Select(c => new CategoryDraft { Code = c.Code, NameVi = c.NameVi, NameEn = c.NameEn, MinTotal = c.MinTotal })],
        NoZeroCriterion = set.PassRules.NoZeroCriterion,
        AllCriteriaAchieved = set.PassRules.AllCriteriaAchieved,
        Criteria = [.. set.Criteria.Select(ToDraft)],
    };

    public static StandardSet ToSet(SetDraft draft) => new(
        draft.Format,
        draft.Code,
        draft.TitleVi,
        draft.TitleEn,
        draft.Basis,
        draft.Illustrative,
        draft.Complete,
        draft.TotalPoints,
        new ValueList<CommuneCategory>(draft.Categories.Select(c => new CommuneCategory(c.Code, c.NameVi, c.NameEn, c.MinTotal))),
        new PassRules(draft.NoZeroCriterion, draft.AllCriteriaAchieved),
        new ValueList<Criterion>(draft.Criteria.Select(c => new Criterion(
            c.No, c.NameVi, c.NameEn, c.MaxPoints, c.HasAchievedAt ? c.AchievedAt : Criterion.DefaultAchievedAt, ScoringKinds.RuleOf(c)))))
    {
        EvaluationYears = draft.EvaluationYears is { } years ? new ValueList<int>(years) : null,
        LegalBasis = draft.LegalBasis,
    };

    private static CriterionDraft ToDraft(Criterion criterion)
    {
        var draft = new CriterionDraft
        {
            No = criterion.No,
            NameVi = criterion.NameVi,
            NameEn = criterion.NameEn,
            MaxPoints = criterion.MaxPoints,
            // Only a stated value differs from the default; the default is not written, as a hand-written file would.
            HasAchievedAt = criterion.AchievedAt != Criterion.DefaultAchievedAt,
            AchievedAt = criterion.AchievedAt,
        };
        ScoringKinds.FillDraft(criterion.Rule, draft);
        return draft;
    }
}
