using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;

namespace Portal.DevTools.National;

/// <summary>
/// Inserts many rows of one entity with a single prepared, parameterised INSERT on the context's connection and
/// transaction: what SaveChanges would send, without its bookkeeping per row, which dominates at a million rows.
/// Table, columns and value conversions (enums stored as text…) come from the EF model, so EF reads the rows back
/// as if it had written them. Plain SQL only: any provider runs it. For rows whose generated key nobody needs.
/// </summary>
internal static class PlainInserts
{
    public static async Task<int> InsertAsync<T>(PortalDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return 0;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameters = new List<(IProperty Property, RelationalTypeMapping Mapping, DbParameter Parameter)>();
        foreach (var property in columns)
        {
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName("p" + parameters.Count), null, property.IsNullable);
            command.Parameters.Add(parameter);
            parameters.Add((property, mapping, parameter));
        }
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", parameters.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        await command.PrepareAsync(ct);

        foreach (var row in rows)
        {
            foreach (var (property, mapping, parameter) in parameters)
            {
                var value = property.PropertyInfo!.GetValue(row);
                parameter.Value = (value is null ? null : mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
        return rows.Count;
    }
}
