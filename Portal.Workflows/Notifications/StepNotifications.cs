using Portal.Data.Dossiers;
using Portal.Data.Notifications;
using Portal.Workflows.Dossiers;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Every step tells the people who must act next (<see cref="StepRecipients"/>), in the step's own transaction: their
/// notifications and the e-mail of each are rows of the step's change, saved with it or not at all; open pages are told
/// once it is saved. The key names the step (the dossier's version after it), so a handler that runs twice adds nothing.
/// The one who acted is not told about their own step.
/// </summary>
public sealed class StepNotifications(NotificationSignal signal) : IDossierEventHandler<DossierStepTaken>, IDossierEventHandler<DossierSignOffVoided>
{
    private const int MaxReason = 500;

    public async Task HandleAsync(DossierStepTaken e, DossierUnitOfWork work, CancellationToken ct)
    {
        var users = await StepRecipients.AfterStepAsync(work.Db, work.Dossier, ct);
        var key = WorkflowText.Exists($"Notify.Step.{e.Trigger}.Title") ? $"Notify.Step.{e.Trigger}" : "Notify.Step";
        var reason = e.Comment ?? "";
        await SendAsync(work, users, NotificationKind.StepTaken, key, $"step:{e.DossierId}:v{work.Dossier.Version}",
            [NotificationText.Step(e.Trigger), NotificationText.State(e.To), NotificationText.Plain(Cut(reason))], ct);
    }

    public async Task HandleAsync(DossierSignOffVoided e, DossierUnitOfWork work, CancellationToken ct) =>
        await SendAsync(work, await StepRecipients.SignersAsync(work.Db, work.Dossier, ct), NotificationKind.SignOffVoided,
            "Notify.SignOffVoided", $"sign-off-voided:{e.DossierId}:v{work.Dossier.Version}", [], ct);

    /// <summary>Arguments: {0} unit, {1} round, {2} who acted, then the message's own.</summary>
    private async Task SendAsync(DossierUnitOfWork work, IReadOnlyList<string> users, NotificationKind kind, string textKey, string dedupKey,
        IReadOnlyList<string> more, CancellationToken ct)
    {
        var d = work.Dossier;
        IReadOnlyList<string> args = [NotificationText.Plain(d.Unit!.Name), NotificationText.Plain(d.Round!.Name), NotificationText.Plain(work.Scope.UserName), .. more];
        var drafts = users.Where(u => u != work.Scope.UserId)
            .Select(u => new NotificationDraft(u, kind, d.Id, textKey, args, $"/dossiers/{d.Id}", dedupKey)).ToList();
        if (drafts.Count == 0) return;
        var told = await NotificationWriter.AddAsync(work.Db, drafts, work.NowUtc, ct);
        work.AfterSave(() => { foreach (var user in told) signal.Raise(user); });
    }

    private static string Cut(string text) => text.Length <= MaxReason ? text : text[..MaxReason] + "…";
}
