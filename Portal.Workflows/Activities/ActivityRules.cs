using Portal.Data.Activities;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Activities;

/// <summary>
/// What a target, an activity, a model or an inspection must satisfy before anything is saved; every problem at once,
/// in the reader's language. Lengths are those of the columns, so the database never truncates or refuses.
/// </summary>
internal static class ActivityRules
{
    public static List<string> Target(int year, TargetInput input, int communesBelow)
    {
        var errors = new List<string>();
        if (year is < 2000 or > 2100) errors.Add(Text("TargetYear"));
        if (input.TargetRegistered is null && input.TargetRecognised is null) errors.Add(Text("TargetEmpty"));
        if (input.TargetRegistered < 0 || input.TargetRecognised < 0) errors.Add(Text("TargetNegative"));
        else if (input.TargetRecognised > input.TargetRegistered) errors.Add(Text("TargetRecognisedAboveRegistered"));
        if (input.TargetRegistered > communesBelow || input.TargetRecognised > communesBelow)
            errors.Add(Text("TargetAboveCommunes", communesBelow));
        Length(errors, input.Note, 1000, "Note");
        return errors;
    }

    public static List<string> Communication(CommunicationInput input, DateOnly today)
    {
        var errors = new List<string>();
        if (input.Date is null) errors.Add(Text("Communication.DateRequired"));
        else if (input.Date > today) errors.Add(Text("Communication.DateInFuture"));
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(Text("Communication.KindRequired"));
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add(Text("Communication.TitleRequired"));
        if (input.AudienceReached < 0) errors.Add(Text("Communication.AudienceNegative"));
        Length(errors, input.Title, 300, "Title");
        Length(errors, input.AudienceNote, 500, "AudienceNote");
        Length(errors, input.EvidenceNote, 1000, "EvidenceNote");
        return errors;
    }

    public static List<string> SafeModel(SafeModelInput input, DateOnly today)
    {
        var errors = new List<string>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(Text("Model.KindRequired"));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(Text("Model.NameRequired"));
        if (input.StartedOn is null) errors.Add(Text("Model.StartRequired"));
        else if (input.StartedOn > today) errors.Add(Text("Model.StartInFuture"));
        Length(errors, input.Name, 300, "ModelName");
        Length(errors, input.Note, 1000, "Note");
        return errors;
    }

    public static List<string> EndModel(SafeModel model, DateOnly? endedOn, DateOnly today)
    {
        if (model.EndedOn is { } ended) return [Text("Model.AlreadyEnded", Date(ended))];
        if (endedOn is null) return [Text("Model.EndRequired")];
        if (endedOn < model.StartedOn) return [Text("Model.EndBeforeStart", Date(model.StartedOn))];
        return endedOn > today ? [Text("Model.EndInFuture")] : [];
    }

    public static List<string> Inspection(InspectionInput input, DateOnly today)
    {
        var errors = new List<string>();
        if (input.Date is null) errors.Add(Text("Inspection.DateRequired"));
        else if (input.Date > today) errors.Add(Text("Inspection.DateInFuture"));
        if (string.IsNullOrWhiteSpace(input.Team)) errors.Add(Text("Inspection.TeamRequired"));
        if (string.IsNullOrWhiteSpace(input.Findings)) errors.Add(Text("Inspection.FindingsRequired"));
        if (input.FollowUpDue is not null && string.IsNullOrWhiteSpace(input.FollowUp)) errors.Add(Text("Inspection.DueWithoutFollowUp"));
        if (input.FollowUpDue < input.Date) errors.Add(Text("Inspection.DueBeforeDate", Date(input.Date!.Value)));
        Length(errors, input.Team, 500, "Team");
        Length(errors, input.Findings, 4000, "Findings");
        Length(errors, input.FollowUp, 2000, "FollowUp");
        return errors;
    }

    public static List<string> FollowUpDone(Inspection inspection, DateOnly? doneOn, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(inspection.FollowUp)) return [Text("Inspection.NoFollowUp")];
        if (inspection.FollowUpDoneOn is { } done) return [Text("Inspection.AlreadyDone", Date(done))];
        if (doneOn is null) return [Text("Inspection.DoneRequired")];
        if (doneOn < inspection.Date) return [Text("Inspection.DoneBeforeDate", Date(inspection.Date))];
        return doneOn > today ? [Text("Inspection.DoneInFuture")] : [];
    }

    /// <summary>Text as typed, trimmed; empty becomes null so that "no note" is one value.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Text(string key, params object?[] args) => WorkflowText.Get("Activities." + key, args);

    private static string Date(DateOnly date) => PortalFormat.Date(date);

    private static void Length(List<string> errors, string? text, int max, string field)
    {
        if (text is not null && text.Trim().Length > max) errors.Add(Text("TooLong", Text("Field." + field), max));
    }
}
