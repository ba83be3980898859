using System.Data.Common;
using Bkn.Cms.Sapk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// Replaces whole periods of figures: for every period in the records, the old figures go and the new ones are
/// written, all in one transaction (the caller's, or one of its own), so a period is never half replaced and replacing
/// it twice with the same records leaves the same rows. The rows are written in bulk on the EF context's connection:
/// on PostgreSQL with binary COPY, on SQLite with one prepared single-row INSERT re-bound for every row (a multi-row
/// INSERT with thousands of named parameters is slow there: every parameter is looked up by name in the statement's
/// parameter list, so one statement costs time quadratic in its parameter count).
/// </summary>
public sealed class SapkFigureStore(DbContext db, SapkPublicCache publicCache, SapkSummaryCache summaryCache, TimeProvider time)
{
    private static readonly string[] FigureColumns = ["Period", "AgencyCode", "ActiveUsers", "InactiveUsers", "LastLogin"];
    private static readonly string[] ModuleColumns = ["Period", "AgencyCode", "Module", "Users", "Transactions"];

    /// <summary>Replaces the periods of <paramref name="records"/>; the periods' state (confirmed or waiting) is set as given.</summary>
    public async Task ReplaceAsync(IReadOnlyList<SapkRecord> records, SapkSource source, bool confirm, string actor, Guid? batchId, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var connection = db.Database.GetDbConnection();
            var now = time.GetUtcNow().UtcDateTime;
            var groups = records.GroupBy(r => r.Period).ToList();
            var periods = groups.Select(g => g.Key).ToList();
            var existing = await db.Set<SapkPeriod>().Where(p => periods.Contains(p.Period)).ToDictionaryAsync(p => p.Period, cancellationToken);

            // The public figures change when a period is confirmed, or when a confirmed one goes back to waiting.
            var publicChange = confirm || existing.Values.Any(p => p.Confirmed);

            await db.Set<SapkModuleFigure>().Where(f => periods.Contains(f.Period)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<SapkFigure>().Where(f => periods.Contains(f.Period)).ExecuteDeleteAsync(cancellationToken);
            if (connection is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, records, cancellationToken);
            }
            else
            {
                InsertPrepared(connection, transaction, records);
            }

            foreach (var group in groups)
            {
                var period = group.Key;
                if (!existing.TryGetValue(period, out var row))
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
            if (publicChange)
            {
                await publicCache.InvalidateAsync(db, cancellationToken);
                summaryCache.Clear();
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
            summaryCache.Clear();
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>SQLite: one prepared INSERT per table, its parameters re-bound for every row (synchronous: SQLite's async calls are synchronous anyway).</summary>
    private static void InsertPrepared(DbConnection connection, DbTransaction transaction, IReadOnlyList<SapkRecord> records)
    {
        using var figures = Prepare(connection, transaction, "SapkFigures", FigureColumns);
        using var modules = Prepare(connection, transaction, "SapkModuleFigures", ModuleColumns);
        var f = figures.Parameters;
        var m = modules.Parameters;
        foreach (var r in records)
        {
            f[0].Value = r.Period;
            f[1].Value = r.AgencyCode;
            f[2].Value = r.ActiveUsers;
            f[3].Value = r.InactiveUsers;
            f[4].Value = r.LastLogin is { } login ? (object)login : DBNull.Value;
            figures.ExecuteNonQuery();

            m[0].Value = r.Period;
            m[1].Value = r.AgencyCode;
            foreach (var (module, value) in r.Modules)
            {
                m[2].Value = module;
                m[3].Value = value.Users;
                m[4].Value = value.Transactions;
                modules.ExecuteNonQuery();
            }
        }
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    /// <summary>PostgreSQL: binary COPY into both tables, inside the open transaction (a failed COPY fails the transaction).</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<SapkRecord> records, CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(CopyCommand("SapkFigures", FigureColumns), cancellationToken))
        {
            foreach (var r in records)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(r.Period, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(r.AgencyCode, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(r.ActiveUsers, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(r.InactiveUsers, NpgsqlDbType.Integer, cancellationToken);
                if (r.LastLogin is { } login)
                {
                    await writer.WriteAsync(login, NpgsqlDbType.Date, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(CopyCommand("SapkModuleFigures", ModuleColumns), cancellationToken))
        {
            foreach (var r in records)
            {
                foreach (var (module, value) in r.Modules)
                {
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(r.Period, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(r.AgencyCode, NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(module, NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(value.Users, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(value.Transactions, NpgsqlDbType.Bigint, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    private static string CopyCommand(string table, string[] columns) =>
        $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
}
