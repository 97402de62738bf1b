using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Portal.Data;

/// <summary>
/// A compiled query for each EF model it meets. EF binds a compiled query to the model of the first context it runs
/// with and refuses any other, and one process can hold two models of the same context: SQLite's and PostgreSQL's
/// (the tests run both; copy-database opens both). Models are few and live as long as their service provider, so a
/// weak table keyed by the model compiles once per provider and never keeps a model alive.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
