using System.Data.Common;
using Bkn.Cms.Agencies.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// Writes many personnel records inside the caller's transaction without the change tracker: the records already
/// stored under the same (dataset, NIP) are deleted with set-based DELETEs, then every record is inserted with one
/// prepared command re-bound per row on SQLite (in-process, no round trip) or multi-row INSERTs on other providers.
/// Table, columns and value conversions come from the EF model, so the rows are exactly what EF would have written.
/// </summary>
public static class PersonnelBulkWriter
{
    private const int DeleteChunk = 1000;

    /// <summary>The value of every mapped property of <see cref="PersonnelRow"/>; checked against the model on use.</summary>
    private static readonly Dictionary<string, Func<PersonnelRow, object?>> Values = new(StringComparer.Ordinal)
    {
        [nameof(PersonnelRow.Nip)] = r => r.Nip,
        [nameof(PersonnelRow.Dataset)] = r => r.Dataset,
        [nameof(PersonnelRow.AgencyId)] = r => r.AgencyId,
        [nameof(PersonnelRow.Name)] = r => r.Name,
        [nameof(PersonnelRow.BirthDate)] = r => r.BirthDate,
        [nameof(PersonnelRow.Gender)] = r => r.Gender,
        [nameof(PersonnelRow.Golongan)] = r => r.Golongan,
        [nameof(PersonnelRow.TmtGolongan)] = r => r.TmtGolongan,
        [nameof(PersonnelRow.TmtCpns)] = r => r.TmtCpns,
        [nameof(PersonnelRow.Jabatan)] = r => r.Jabatan,
        [nameof(PersonnelRow.JenisJabatan)] = r => r.JenisJabatan,
        [nameof(PersonnelRow.Unor)] = r => r.Unor,
        [nameof(PersonnelRow.Pendidikan)] = r => r.Pendidikan,
        [nameof(PersonnelRow.Agama)] = r => r.Agama,
        [nameof(PersonnelRow.Kppn)] = r => r.Kppn,
        [nameof(PersonnelRow.AtasanNip)] = r => r.AtasanNip,
        [nameof(PersonnelRow.Status)] = r => r.Status,
        [nameof(PersonnelRow.UpdatedUtc)] = r => r.UpdatedUtc,
    };

    /// <summary>Replaces the stored records with the given ones (same dataset); requires an open transaction on the context.</summary>
    public static async Task WriteAsync(DbContext db, PersonnelDataset dataset, IReadOnlyList<PersonnelRow> rows, IReadOnlyCollection<string> replaced, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("PersonnelBulkWriter needs a transaction.");
        foreach (var chunk in replaced.Chunk(DeleteChunk))
        {
            await db.Set<PersonnelRow>().Where(r => r.Dataset == dataset && chunk.Contains(r.Nip)).ExecuteDeleteAsync(cancellationToken);
        }

        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(PersonnelRow)) ?? throw new InvalidOperationException("PersonnelRow is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var missing = properties.Select(p => p.Name).Except(Values.Keys).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"PersonnelBulkWriter does not write: {string.Join(", ", missing)}.");
        }

        var getters = properties.Select(p => Values[p.Name]).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) == true;

        // SQLite runs in-process: one prepared single-row statement is fastest. Elsewhere: fewer round trips.
        var batch = sqlite ? 1 : Math.Max(1, 8000 / properties.Count);
        var connection = db.Database.GetDbConnection();
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += batch)
            {
                var count = Math.Min(batch, rows.Count - start);
                DbCommand command;
                if (count == batch)
                {
                    full ??= Create(connection, transaction, tableName, columns, mappings, properties, sql, batch, sqlite);
                    command = full;
                }
                else
                {
                    command = Create(connection, transaction, tableName, columns, mappings, properties, sql, count, sqlite);
                }

                for (var i = 0; i < count; i++)
                {
                    var row = rows[start + i];
                    for (var p = 0; p < getters.Length; p++)
                    {
                        var parameter = command.Parameters[(i * getters.Length) + p];
                        var value = getters[p](row);
                        var converter = mappings[p].Converter;
                        parameter.Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (!ReferenceEquals(command, full))
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static DbCommand Create(DbConnection connection, DbTransaction transaction, string table, string columns, RelationalTypeMapping[] mappings, List<IProperty> properties, ISqlGenerationHelper sql, int rows, bool prepare)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 600;
        var text = new System.Text.StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            text.Append(i == 0 ? "(" : ", (");
            for (var p = 0; p < mappings.Length; p++)
            {
                var name = $"p{(i * mappings.Length) + p}";
                text.Append(p == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));

                // The mapping sets the provider's parameter type (e.g. text GUIDs on SQLite, date on PostgreSQL).
                command.Parameters.Add(mappings[p].CreateParameter(command, sql.GenerateParameterName(name), null, properties[p].IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        if (prepare)
        {
            // Microsoft.Data.Sqlite keeps the compiled statement and re-binds it for every row.
            command.Prepare();
        }

        return command;
    }
}
