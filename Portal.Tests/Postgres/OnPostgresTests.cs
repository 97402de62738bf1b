using Portal.Tests.Audit;
using Portal.Tests.Dossiers;
using Portal.Tests.Infrastructure;
using Portal.Tests.Rounds;
using Portal.Tests.Summaries;

namespace Portal.Tests.Postgres;

// The database-touching tests of the SQLite suite, run again on a PostgreSQL database of their own (record 0019): the
// same facts must hold on either provider. Each class gets a fresh database (PostgresServer).

/// <summary>A dossier's whole walk, with its history, summaries and audit, on PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class DossierWalkOnPostgresTests : DossierWalkTests
{
    protected override Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateOnPostgresAsync();
}

/// <summary>Two approvals racing on two connections: the Version column is a real concurrency token on PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class DossierConcurrencyOnPostgresTests : DossierConcurrencyTests
{
    protected override Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateOnPostgresAsync();
}

/// <summary>Writers at once on PostgreSQL: the audit table's lock keeps the chain from forking.</summary>
[Trait("Category", "Integration")]
public sealed class AuditConcurrencyOnPostgresTests : AuditConcurrencyTests
{
    protected override Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateOnPostgresAsync();
}

/// <summary>Summaries kept with each step, and check-summaries, on PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class SummaryUpkeepOnPostgresTests : SummaryUpkeepTests
{
    protected override Task<DossierTestBed> CreateBedAsync() => DossierTestBed.CreateOnPostgresAsync();
}

/// <summary>Bulk registration and the set-based round opening (standard SQL) on PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class BulkRegistrationOnPostgresTests : BulkRegistrationTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateOnPostgresAsync();
}
