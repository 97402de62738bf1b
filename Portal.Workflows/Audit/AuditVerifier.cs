using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Workflows.Audit;

/// <summary>What verify-audit found: the chain, the tables against the audit, the dossiers against their history.</summary>
public sealed record AuditReport(AuditChainState Chain, IReadOnlyList<string> Disagreements)
{
    public bool Intact => Chain.Break is null && Disagreements.Count == 0;
}

/// <summary>Checks the whole database against its audit (record 0016). Reads only.</summary>
public sealed class AuditVerifier(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<AuditReport> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var chain = await AuditChainWalk.WalkAsync(db, ct);
        var problems = await DossierAgreement.DisagreementsAsync(db, ct);
        problems.AddRange(await AuditReplay.DisagreementsAsync(db, ct));
        return new(chain, problems);
    }
}
