using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Audit;
using Portal.Data.Dossiers;
using Portal.Tests.Dossiers;
using Portal.Workflows.Access;
using Portal.Workflows.Audit;
using Portal.Workflows.Texts;

namespace Portal.Tests.Audit;

/// <summary>
/// A dossier taken to submission and one refusal, then the audit chain tampered with as someone holding the database
/// file would: each edit, removal, insertion and reordering is found at the row where it happened.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AuditChainTests : IAsyncLifetime
{
    private DossierTestBed _bed = null!;
    private int _dossier;
    /// <summary>The audit row of the submission's history row: a row in the middle of the chain.</summary>
    private long _mid;

    public async Task InitializeAsync()
    {
        _bed = await DossierTestBed.CreateAsync();
        _dossier = (await _bed.DossierAsync("22015")).Id;
        await _bed.SubmitAsync(_dossier);
        await _bed.Db.Services.GetRequiredService<AccessLog>().RefuseAsync(_bed.OtherCommuneOfficer, $"dossier:{_dossier}", "read", "test");
        await using var db = _bed.Db.Context();
        _mid = (await db.AuditEntries.Where(a => a.Entity == "DossierEvents" && a.Data.Contains("\"Submit\"")).SingleAsync()).Id;
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private Task<AuditReport> VerifyAsync() => _bed.Db.Services.GetRequiredService<AuditVerifier>().VerifyAsync();

    private async Task TamperAsync(params string[] sql)
    {
        await using var db = _bed.Db.Context();
        await AuditTamper.SqlAsync(db, sql);
    }

    [Fact]
    public async Task Every_change_is_in_an_unbroken_chain_naming_who_acted()
    {
        var report = await VerifyAsync();
        Assert.True(report.Intact, string.Join("\n", report.Disagreements) + report.Chain.Break);
        await using var db = _bed.Db.Context();
        var submit = await db.AuditEntries.SingleAsync(a => a.Id == _mid);
        Assert.Equal(("insert", "phuong1.canbo"), (submit.Operation, submit.Actor));
        var step = await db.AuditEntries.SingleAsync(a => a.Entity == "Dossiers" && a.Data.Contains("\"State\":\"Submitted\""));
        Assert.Equal(submit.AtUtc, step.AtUtc); // the state change and its history row: one save
        Assert.Contains(await db.AuditEntries.Where(a => a.Entity == "DossierFiles").ToListAsync(), a => a.Operation == "insert");
        Assert.Contains(await db.AuditEntries.Where(a => a.Entity == "CriterionEntries").ToListAsync(), a => a.Data.Contains("Sổ theo dõi"));
        Assert.Equal("binhkien.canbo", (await db.AuditEntries.SingleAsync(a => a.Entity == "AccessRefusals")).Actor);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_an_audit_row()
    {
        await using var db = _bed.Db.Context();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Actor = 'x' WHERE Id = {_mid}"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Id = {_mid}"));
    }

    [Fact]
    public async Task An_edited_row_fails_its_hash()
    {
        await TamperAsync($"UPDATE AuditEntries SET Actor = 'tuyhoa.canbo' WHERE Id = {_mid}");
        Assert.Equal(new AuditBreak(_mid, WorkflowText.Get("Audit.BadHash", _mid)), (await VerifyAsync()).Chain.Break);
    }

    [Fact]
    public async Task An_edited_row_given_a_fresh_hash_breaks_the_next_link()
    {
        await using (var db = _bed.Db.Context())
        {
            var row = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == _mid);
            row.Actor = "tuyhoa.canbo";
            await AuditTamper.SqlAsync(db, $"UPDATE AuditEntries SET Actor = 'tuyhoa.canbo', Hash = '{AuditHash.Of(row)}' WHERE Id = {_mid}");
        }
        Assert.Equal(new AuditBreak(_mid + 1, WorkflowText.Get("Audit.BadLink", _mid + 1, _mid)), (await VerifyAsync()).Chain.Break);
    }

    [Fact]
    public async Task A_removed_row_leaves_a_gap_and_closing_the_gap_breaks_the_link()
    {
        await TamperAsync($"DELETE FROM AuditEntries WHERE Id = {_mid}");
        Assert.Equal(new AuditBreak(_mid + 1, WorkflowText.Get("Audit.Missing", _mid, _mid + 1)), (await VerifyAsync()).Chain.Break);
        await TamperAsync(AuditTamper.Shift(_mid, -1));
        Assert.Equal(new AuditBreak(_mid, WorkflowText.Get("Audit.BadLink", _mid, _mid - 1)), (await VerifyAsync()).Chain.Break);
    }

    [Fact]
    public async Task An_inserted_row_with_a_correct_hash_of_its_own_breaks_the_link_after_it()
    {
        await using (var db = _bed.Db.Context())
        {
            var before = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == _mid);
            var forged = new AuditEntry
            {
                Id = _mid + 1, AtUtc = before.AtUtc, Actor = "tuyhoa.canbo", Entity = "DossierComments", EntityKey = "999",
                Operation = "insert", Data = "{}", PreviousHash = before.Hash, Hash = "",
            };
            forged.Hash = AuditHash.Of(forged);
            await AuditTamper.SqlAsync(db, AuditTamper.Shift(_mid, 1));
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO AuditEntries (Id, AtUtc, Actor, Entity, EntityKey, Operation, Data, PreviousHash, Hash) VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})",
                forged.Id, forged.AtUtc, forged.Actor, forged.Entity, forged.EntityKey, forged.Operation, forged.Data, forged.PreviousHash, forged.Hash);
        }
        Assert.Equal(new AuditBreak(_mid + 2, WorkflowText.Get("Audit.BadLink", _mid + 2, _mid + 1)), (await VerifyAsync()).Chain.Break);
    }

    [Fact]
    public async Task Two_rows_swapped_break_the_link_at_the_first()
    {
        await TamperAsync($"UPDATE AuditEntries SET Id = -1 WHERE Id = {_mid}", $"UPDATE AuditEntries SET Id = {_mid} WHERE Id = {_mid + 1}",
            $"UPDATE AuditEntries SET Id = {_mid + 1} WHERE Id = -1");
        Assert.Equal(new AuditBreak(_mid, WorkflowText.Get("Audit.BadLink", _mid, _mid - 1)), (await VerifyAsync()).Chain.Break);
    }

    [Fact]
    public async Task A_dossier_set_to_recognized_with_a_decision_and_no_history_is_found()
    {
        await TamperAsync("UPDATE Dossiers SET State = 'Recognized', DecisionNumber = '99/QĐ-UBND', DecisionDate = '2026-11-30', "
            + $"DecisionSigner = 'Võ Văn Nam' WHERE Id = {_dossier}");
        var report = await VerifyAsync();
        Assert.Null(report.Chain.Break); // the audit itself is untouched
        Assert.Contains(WorkflowText.Get("Audit.StateNotHistory", _dossier, DossierState.Recognized, DossierState.Submitted), report.Disagreements);
        Assert.Contains(WorkflowText.Get("Audit.ValueChanged", "Dossiers", _dossier, "State", "Recognized", "Submitted"), report.Disagreements);
    }

    [Fact]
    public async Task A_history_row_with_another_author_and_refusals_removed_are_found()
    {
        await using var db = _bed.Db.Context();
        var submit = await db.DossierEvents.SingleAsync(e => e.Trigger == "Submit");
        var refusal = await db.AccessRefusals.SingleAsync();
        await TamperAsync($"UPDATE DossierEvents SET UserName = 'tuyhoa.lanhdao' WHERE Id = {submit.Id}", "DELETE FROM AccessRefusals");
        var report = await VerifyAsync();
        Assert.Contains(WorkflowText.Get("Audit.ValueChanged", "DossierEvents", submit.Id, "UserName", "tuyhoa.lanhdao", "phuong1.canbo"), report.Disagreements);
        Assert.Contains(WorkflowText.Get("Audit.RowRemoved", "AccessRefusals", refusal.Id), report.Disagreements);
    }

    [Fact]
    public async Task A_history_row_added_behind_the_portal_is_found()
    {
        await TamperAsync("INSERT INTO DossierEvents (DossierId, AtUtc, UserName, FromState, ToState, Trigger) "
            + $"VALUES ({_dossier}, '2026-11-30 00:00:00', 'tuyhoa.lanhdao', 'Submitted', 'Submitted', 'Comment')");
        await using var db = _bed.Db.Context();
        var forged = await db.DossierEvents.MaxAsync(e => e.Id);
        Assert.Contains(WorkflowText.Get("Audit.RowAdded", "DossierEvents", forged), (await VerifyAsync()).Disagreements);
    }
}
