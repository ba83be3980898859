using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>
/// Writes many new rows of one mapped entity type fast, without the change tracker: on SQLite one prepared single-row
/// INSERT re-bound for every row, on PostgreSQL binary COPY. The table, its columns, their store types and value
/// conversions (enums, GUIDs, dates) come from the EF model, so the rows are what <c>SaveChanges</c> would have written.
/// <para>
/// The rows are written on the context's connection inside its current transaction: a failure leaves the transaction
/// to the caller, who rolls it back (nothing is half written once the caller's transaction is disposed without a commit).
/// Without a current transaction the inserter opens one of its own and commits it when every row is written, so the
/// call is all or nothing either way. The entities are not tracked and not changed.
/// </para>
/// <para>
/// Every mapped column is written except store-generated integer keys (identity / autoincrement), which the database
/// numbers as usual (the entities do not learn them). <see cref="DateTime"/> values are instants in UTC, as everywhere
/// in the platform: a value of kind Unspecified is taken as UTC and a Local one is converted. Entity types with shadow
/// properties, owned or complex types are refused (<see cref="NotSupportedException"/>): write those with EF.
/// </para>
/// </summary>
public interface IBulkInserter
{
    /// <summary>Inserts <paramref name="rows"/> (read once, in order); returns how many rows were written.</summary>
    Task<int> InsertAsync<TEntity>(DbContext db, IEnumerable<TEntity> rows, CancellationToken cancellationToken = default)
        where TEntity : class;
}
