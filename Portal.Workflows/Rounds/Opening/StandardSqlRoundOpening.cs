using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Dossiers;
using Portal.Data.Units;

namespace Portal.Workflows.Rounds.Opening;

/// <summary>
/// Opening a round in standard SQL (quoted names, INSERT…SELECT, NOT EXISTS, CASE): what SQLite and PostgreSQL both run.
/// Values go as parameters, so each provider stores dates and times in its own format, as EF would. A commune's
/// province and district come from its parent links, as <see cref="Summaries.CommuneAncestors.Of"/> reads them (a parent
/// without a parent is the province: the two-level structure); <c>check-summaries</c> compares the two.
/// </summary>
public sealed class StandardSqlRoundOpening : IRoundOpeningInserts
{
    private const string ProvinceOf = """CASE WHEN p."ParentId" IS NULL THEN p."Id" ELSE p."ParentId" END""";
    private const string DistrictOf = """CASE WHEN p."ParentId" IS NULL THEN NULL ELSE p."Id" END""";

    public Task<int> InsertRegistrationsAsync(PortalDbContext db, CommunesToRegister batch, CancellationToken ct)
    {
        var commune = (int)UnitLevel.Commune;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Registrations" ("RoundId", "UnitId", "Category", "RegisteredAtUtc", "RegisteredBy")
            SELECT {batch.RoundId}, u."Id", a."Category", {batch.NowUtc}, {batch.RegisteredBy}
            FROM "Units" u JOIN "CommuneCategories" a ON a."UnitId" = u."Id" AND a."StandardCode" = {batch.StandardCode}
            WHERE u."Path" >= {batch.Low} AND u."Path" < {batch.High} AND u."Level" = {commune}
              AND NOT EXISTS (SELECT 1 FROM "Registrations" g WHERE g."RoundId" = {batch.RoundId} AND g."UnitId" = u."Id")
            """, ct);
    }

    public Task<int> InsertDossiersAsync(PortalDbContext db, RoundToOpen round, CancellationToken ct)
    {
        var registered = nameof(DossierState.Registered);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Dossiers" ("RoundId", "UnitId", "StandardCode", "Category", "State", "Version", "StateSince", "CreatedAtUtc", "UpdatedAtUtc")
            SELECT g."RoundId", g."UnitId", {round.StandardCode}, g."Category", {registered}, 0, {round.Today}, {round.NowUtc}, {round.NowUtc}
            FROM "Registrations" g
            WHERE g."RoundId" = {round.Id}
              AND NOT EXISTS (SELECT 1 FROM "Dossiers" d WHERE d."RoundId" = g."RoundId" AND d."UnitId" = g."UnitId")
            """, ct);
    }

    public async Task<int> InsertSummariesAsync(PortalDbContext db, RoundToOpen round, CancellationToken ct)
    {
        var dossiers = await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO "DossierSummaries" ("DossierId", "RoundId", "Year", "ProvinceId", "DistrictId", "CommuneId", "StandardCode", "State",
                "SelfTotal", "AppraisedTotal", "Verdict", "StagesDone", "StagesOnTime", "DecisionDate")
            SELECT d."Id", d."RoundId", {0}, {{ProvinceOf}}, {{DistrictOf}}, d."UnitId", d."StandardCode", d."State",
                d."SelfTotal", d."AppraisedTotal", NULL, 0, 0, d."DecisionDate"
            FROM "Dossiers" d JOIN "Units" c ON c."Id" = d."UnitId" JOIN "Units" p ON p."Id" = c."ParentId"
            WHERE d."RoundId" = {1} AND NOT EXISTS (SELECT 1 FROM "DossierSummaries" s WHERE s."DossierId" = d."Id")
            """, [round.Year, round.Id], ct);
        // A commune's first dossier: no recognised year yet, so an empty streak (opening leaves the year undecided).
        await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO "CommuneSummaries" ("CommuneId", "ProvinceId", "DistrictId", "CurrentLength", "CurrentYears", "LongestLength",
                "LongestYears", "MilestoneLength", "MilestoneYear")
            SELECT c."Id", {{ProvinceOf}}, {{DistrictOf}}, 0, '', 0, '', 0, NULL
            FROM "Registrations" g JOIN "Units" c ON c."Id" = g."UnitId" JOIN "Units" p ON p."Id" = c."ParentId"
            WHERE g."RoundId" = {0} AND NOT EXISTS (SELECT 1 FROM "CommuneSummaries" s WHERE s."CommuneId" = c."Id")
            """, [round.Id], ct);
        return dossiers;
    }
}
