using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Data.Providers;

/// <summary>
/// The model on PostgreSQL: every <see cref="DateTime"/> is a UTC instant (the portal stores UTC only, record 0003), so
/// it maps to <c>timestamp with time zone</c>; Npgsql refuses a <see cref="DateTime"/> whose kind is not UTC there, and
/// values read back from SQLite, a test's clock or a form are often Unspecified, so the kind is set on the way in
/// (the digits are not moved) and on the way out (what Npgsql gives already is UTC).
/// </summary>
public sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
            if ((property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?)) && property.GetValueConverter() is null)
                property.SetValueConverter(Utc);
    }
}
