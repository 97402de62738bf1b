using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Dossiers;

namespace Portal.Data.Drafts;

/// <summary>
/// What one person typed into one field (or group of fields) of a dossier and has not saved yet, kept as they type so
/// a crash, a reconnect to another instance or a closed tab costs nobody more than their last keystroke (issue 14).
/// <see cref="BaseValue"/> is the saved value the draft started from: when the saved value differs from it later,
/// someone saved in between, and the draft is offered beside the saved value, never over it.
/// </summary>
public class DossierDraft
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int DossierId { get; set; }
    /// <summary>The field's key, its edit kind first ("SelfInput:2", "Council", "Appraisal:5", "Return").</summary>
    public required string Field { get; set; }
    public string? Value { get; set; }
    public string? BaseValue { get; set; }
    /// <summary>The dossier's version when the draft started (for the record; conflicts compare the values).</summary>
    public int BaseVersion { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class DossierDraftConfiguration : IEntityTypeConfiguration<DossierDraft>
{
    public void Configure(EntityTypeBuilder<DossierDraft> b)
    {
        b.Property(d => d.UserId).HasMaxLength(450);
        b.Property(d => d.Field).HasMaxLength(64);
        b.Property(d => d.Value).HasMaxLength(8000);
        b.Property(d => d.BaseValue).HasMaxLength(8000);
        b.HasOne<Dossier>().WithMany().HasForeignKey(d => d.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.UserId, d.DossierId, d.Field }).IsUnique();
    }
}
