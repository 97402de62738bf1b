using Portal.Data.Rounds;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds;

/// <summary>The checks a new round must pass; each broken rule gives one message, all are reported together.</summary>
public static class RoundRules
{
    /// <summary>Stages in the order their due dates must follow (a returned dossier is resubmitted before appraisal ends).</summary>
    public static readonly RoundStage[] Order =
    [
        RoundStage.Registration, RoundStage.SelfAssessment, RoundStage.Submission, RoundStage.CompletenessCheck,
        RoundStage.Supplement, RoundStage.Appraisal, RoundStage.Decision,
    ];

    public static List<string> Check(NewRound r)
    {
        var errors = new List<string>();
        if (r.Year is < 2000 or > 2100) errors.Add(WorkflowText.Get("Rounds.BadYear"));
        if (string.IsNullOrWhiteSpace(r.Name)) errors.Add(WorkflowText.Get("Rounds.NameRequired"));
        if (r.EvaluatedTo < r.EvaluatedFrom) errors.Add(WorkflowText.Get("Rounds.BadPeriod"));
        if (r.PostingDays is < 1 or > 60) errors.Add(WorkflowText.Get("Rounds.BadPostingDays"));
        if (!ReminderDaysValid(r.ReminderDays)) errors.Add(WorkflowText.Get("Rounds.BadReminderDays"));
        if (r.GraceDays is < 0 or > 365) errors.Add(WorkflowText.Get("Rounds.BadGraceDays"));
        var missing = Order.Where(s => !r.DueDates.ContainsKey(s)).ToList();
        if (missing.Count > 0) errors.Add(WorkflowText.Get("Rounds.DueDatesRequired"));
        else
        {
            for (var i = 1; i < Order.Length; i++)
                if (r.DueDates[Order[i]] < r.DueDates[Order[i - 1]])
                    errors.Add(WorkflowText.Get("Rounds.DueDatesOrder", WorkflowText.Get("Stage." + Order[i]), WorkflowText.Get("Stage." + Order[i - 1])));
            if (r.DueDates[RoundStage.Registration] > r.OpensOn) errors.Add(WorkflowText.Get("Rounds.RegistrationAfterOpening"));
        }
        return errors;
    }

    public static IReadOnlyList<int> ReminderOffsets(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();

    private static bool ReminderDaysValid(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(p => int.TryParse(p, out var n) && n is > 0 and <= 60);
}
