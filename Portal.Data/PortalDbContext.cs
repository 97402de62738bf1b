using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Access;
using Portal.Data.Activities;
using Portal.Data.Audit;
using Portal.Data.Accounts;
using Portal.Data.Dossiers;
using Portal.Data.Drafts;
using Portal.Data.Notifications;
using Portal.Data.Reports;
using Portal.Data.Rewards;
using Portal.Data.Rounds;
using Portal.Data.Standards;
using Portal.Data.Summaries;
using Portal.Data.Units;

namespace Portal.Data;

/// <summary>
/// The portal's database. Only provider-neutral mapping here: the same model runs on SQLite (default)
/// and PostgreSQL (scale-out). Times are stored as UTC <see cref="DateTime"/>, which both providers order.
/// </summary>
public partial class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options),
    IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core's data-protection keys: in the database, so a cookie made by one instance opens on every other.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AdminStructure> Structures => Set<AdminStructure>();
    public DbSet<AdminUnit> Units => Set<AdminUnit>();
    public DbSet<UnitLineage> UnitLineages => Set<UnitLineage>();
    public DbSet<UnitLineageChange> UnitLineageChanges => Set<UnitLineageChange>();
    public DbSet<CommuneCategoryAssignment> CommuneCategories => Set<CommuneCategoryAssignment>();
    public DbSet<AccessRefusal> AccessRefusals => Set<AccessRefusal>();
    public DbSet<StandardSetRecord> StandardSets => Set<StandardSetRecord>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<CriterionEntry> CriterionEntries => Set<CriterionEntry>();
    public DbSet<DossierFile> DossierFiles => Set<DossierFile>();
    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();
    public DbSet<DossierComment> DossierComments => Set<DossierComment>();
    public DbSet<ReturnItem> ReturnItems => Set<ReturnItem>();
    public DbSet<RewardProposal> RewardProposals => Set<RewardProposal>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<MailOutboxItem> MailOutbox => Set<MailOutboxItem>();
    public DbSet<ProgrammeTarget> ProgrammeTargets => Set<ProgrammeTarget>();
    public DbSet<CommunicationActivity> CommunicationActivities => Set<CommunicationActivity>();
    public DbSet<SafeModel> SafeModels => Set<SafeModel>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DossierSummary> DossierSummaries => Set<DossierSummary>();
    public DbSet<CommuneSummary> CommuneSummaries => Set<CommuneSummary>();
    public DbSet<DossierDraft> DossierDrafts => Set<DossierDraft>();


    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        builder.Entity<PortalUser>(u =>
        {
            u.Property(x => x.FullName).HasMaxLength(200);
            u.Property(x => x.PreferredCulture).HasMaxLength(10);
            u.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AccessRefusal>(r =>
        {
            r.Property(x => x.Resource).HasMaxLength(200);
            r.Property(x => x.Action).HasMaxLength(20);
            r.Property(x => x.UserName).HasMaxLength(256);
            r.Property(x => x.Reason).HasMaxLength(500);
            r.HasIndex(x => x.AtUtc);
        });
    }
}
