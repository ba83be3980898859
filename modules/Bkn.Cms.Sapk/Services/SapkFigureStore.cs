using System.Data.Common;
using Bkn.Cms.Sapk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// Replaces whole periods of figures: for every period in the records, the old figures go and the new ones are
/// written with multi-row INSERT statements, all in one transaction (the caller's, or one of its own), so a period is
/// never half replaced and replacing it twice with the same records leaves the same rows.
/// </summary>
public sealed class SapkFigureStore(DbContext db, SapkPublicCache publicCache, TimeProvider time)
{
    private const int RowsPerStatement = 400;

    /// <summary>Replaces the periods of <paramref name="records"/>; the periods' state (confirmed or waiting) is set as given.</summary>
    public async Task ReplaceAsync(IReadOnlyList<SapkRecord> records, SapkSource source, bool confirm, string actor, Guid? batchId, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var connection = db.Database.GetDbConnection();
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var group in records.GroupBy(r => r.Period))
            {
                var period = group.Key;
                await db.Set<SapkModuleFigure>().Where(f => f.Period == period).ExecuteDeleteAsync(cancellationToken);
                await db.Set<SapkFigure>().Where(f => f.Period == period).ExecuteDeleteAsync(cancellationToken);

                await InsertAsync(connection, transaction, "SapkFigures", ["Period", "AgencyCode", "ActiveUsers", "InactiveUsers", "LastLogin"],
                    group.Select(r => new object?[] { r.Period, r.AgencyCode, r.ActiveUsers, r.InactiveUsers, r.LastLogin }), cancellationToken);
                await InsertAsync(connection, transaction, "SapkModuleFigures", ["Period", "AgencyCode", "Module", "Users", "Transactions"],
                    group.SelectMany(r => r.Modules.Select(m => new object?[] { r.Period, r.AgencyCode, m.Key, m.Value.Users, m.Value.Transactions })), cancellationToken);

                var row = await db.Set<SapkPeriod>().FirstOrDefaultAsync(p => p.Period == period, cancellationToken);
                if (row is null)
                {
                    row = new SapkPeriod { Period = period };
                    db.Add(row);
                }

                row.Source = source;
                row.UpdatedUtc = now;
                row.BatchId = batchId;
                row.AgencyCount = group.Count();
                row.ActiveUsers = group.Sum(r => (long)r.ActiveUsers);
                row.InactiveUsers = group.Sum(r => (long)r.InactiveUsers);
                row.Confirmed = confirm;
                row.ConfirmedUtc = confirm ? now : null;
                row.ConfirmedBy = confirm ? actor : null;
            }

            await db.SaveChangesAsync(cancellationToken);
            if (confirm)
            {
                await publicCache.InvalidateAsync(db, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Confirms a waiting period; false when there is no such period.</summary>
    public async Task<bool> ConfirmAsync(int period, string actor, CancellationToken cancellationToken)
    {
        var row = await db.Set<SapkPeriod>().FirstOrDefaultAsync(p => p.Period == period, cancellationToken);
        if (row is null)
        {
            return false;
        }

        if (!row.Confirmed)
        {
            row.Confirmed = true;
            row.ConfirmedUtc = time.GetUtcNow().UtcDateTime;
            row.ConfirmedBy = actor;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await publicCache.InvalidateAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var batch = new List<object?[]>(RowsPerStatement);
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == RowsPerStatement)
            {
                await WriteAsync(connection, transaction, table, columns, batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(connection, transaction, table, columns, batch, cancellationToken);
        }
    }

    private static async Task WriteAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new System.Text.StringBuilder();
        sql.Append("INSERT INTO \"").Append(table).Append("\" (").Append(string.Join(", ", columns.Select(c => $"\"{c}\""))).Append(") VALUES ");
        var n = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = "@p" + n++;
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = rows[r][c] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
