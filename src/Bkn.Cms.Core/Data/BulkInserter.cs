using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Bkn.Cms.Data;

/// <summary>
/// The provider-neutral part of <see cref="IBulkInserter"/>: the table description read from the EF model, and the
/// transaction (the caller's, or one of its own). The providers write the rows (<see cref="SqliteBulkInserter"/>,
/// <see cref="PostgresBulkInserter"/>); the engine registers the one of the configured provider.
/// </summary>
internal abstract class BulkInserter : IBulkInserter
{
    public async Task<int> InsertAsync<TEntity>(DbContext db, IEnumerable<TEntity> rows, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var table = BulkTable.Of(db, typeof(TEntity));
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var count = await WriteAsync(db.Database.GetDbConnection(), transaction, table, rows, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Writes the rows on the open connection inside <paramref name="transaction"/>; returns how many.</summary>
    internal abstract Task<int> WriteAsync<TEntity>(DbConnection connection, DbTransaction transaction, BulkTable table, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class;
}

/// <summary>
/// SQLite runs in-process, so round trips cost nothing: one prepared single-row INSERT, its parameters re-bound for
/// every row, is the fastest way (a multi-row INSERT with thousands of named parameters is slower there: every
/// parameter is looked up by name in the statement's list, so one statement costs time quadratic in its parameters).
/// Synchronous on purpose: Microsoft.Data.Sqlite's async calls run synchronously anyway.
/// </summary>
internal sealed class SqliteBulkInserter : BulkInserter
{
    internal override Task<int> WriteAsync<TEntity>(DbConnection connection, DbTransaction transaction, BulkTable table, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        var columns = table.Columns;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 600;
        var parameters = new DbParameter[columns.Count];
        var placeholders = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var name = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            placeholders[i] = table.Sql.GenerateParameterNamePlaceholder(name);

            // The mapping sets the provider's parameter type (e.g. GUIDs as text, as EF writes them).
            parameters[i] = columns[i].Mapping.CreateParameter(command, table.Sql.GenerateParameterName(name), null, columns[i].Property.IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", placeholders)})";
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            if ((count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            count++;
        }

        return Task.FromResult(count);
    }
}

/// <summary>
/// PostgreSQL: binary COPY on the context's connection. Npgsql runs it inside the connection's open transaction; a
/// failed COPY (a bad value, a duplicate key reported when the COPY completes) fails that transaction, so nothing of it
/// can be committed. After a large COPY the table is analysed, so queries right after the load use its indexes.
/// </summary>
internal sealed class PostgresBulkInserter : BulkInserter
{
    /// <summary>From this many rows the table is analysed after the COPY (inside the same transaction).</summary>
    private const int AnalyzeFrom = 1000;

    /// <summary>Store type names (without facets such as a length) and the type COPY sends the value as.</summary>
    private static readonly Dictionary<string, NpgsqlDbType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["integer"] = NpgsqlDbType.Integer,
        ["int"] = NpgsqlDbType.Integer,
        ["int4"] = NpgsqlDbType.Integer,
        ["bigint"] = NpgsqlDbType.Bigint,
        ["int8"] = NpgsqlDbType.Bigint,
        ["smallint"] = NpgsqlDbType.Smallint,
        ["int2"] = NpgsqlDbType.Smallint,
        ["boolean"] = NpgsqlDbType.Boolean,
        ["bool"] = NpgsqlDbType.Boolean,
        ["text"] = NpgsqlDbType.Text,
        ["character varying"] = NpgsqlDbType.Varchar,
        ["varchar"] = NpgsqlDbType.Varchar,
        ["character"] = NpgsqlDbType.Char,
        ["char"] = NpgsqlDbType.Char,
        ["uuid"] = NpgsqlDbType.Uuid,
        ["date"] = NpgsqlDbType.Date,
        ["timestamp with time zone"] = NpgsqlDbType.TimestampTz,
        ["timestamptz"] = NpgsqlDbType.TimestampTz,
        ["timestamp without time zone"] = NpgsqlDbType.Timestamp,
        ["timestamp"] = NpgsqlDbType.Timestamp,
        ["time without time zone"] = NpgsqlDbType.Time,
        ["time"] = NpgsqlDbType.Time,
        ["interval"] = NpgsqlDbType.Interval,
        ["numeric"] = NpgsqlDbType.Numeric,
        ["decimal"] = NpgsqlDbType.Numeric,
        ["double precision"] = NpgsqlDbType.Double,
        ["float8"] = NpgsqlDbType.Double,
        ["real"] = NpgsqlDbType.Real,
        ["float4"] = NpgsqlDbType.Real,
        ["bytea"] = NpgsqlDbType.Bytea,
        ["jsonb"] = NpgsqlDbType.Jsonb,
        ["json"] = NpgsqlDbType.Json,
    };

    internal override async Task<int> WriteAsync<TEntity>(DbConnection connection, DbTransaction transaction, BulkTable table, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        var npgsql = connection as NpgsqlConnection ?? throw new InvalidOperationException("PostgresBulkInserter needs an Npgsql connection.");
        var columns = table.Columns;
        var types = new NpgsqlDbType[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var mapping = columns[i].Mapping;
            types[i] = Types.TryGetValue(mapping.StoreTypeNameBase.Trim(), out var type)
                ? type
                : throw new NotSupportedException($"Bulk insert into {table.Name}: column {columns[i].Name} has store type '{mapping.StoreType}', which the bulk inserter does not write.");
        }

        var count = 0;
        await using (var writer = await npgsql.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                for (var i = 0; i < types.Length; i++)
                {
                    switch (columns[i].Value(row))
                    {
                        case null:
                            await writer.WriteNullAsync(cancellationToken);
                            break;
                        case DateTime utc when types[i] == NpgsqlDbType.Timestamp:
                            // A column without a zone takes the UTC clock time as it is (Npgsql refuses a UTC kind there).
                            await writer.WriteAsync(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp, cancellationToken);
                            break;
                        case var value:
                            await writer.WriteAsync(value, types[i], cancellationToken);
                            break;
                    }
                }

                count++;
            }

            await writer.CompleteAsync(cancellationToken);
        }

        if (count >= AnalyzeFrom)
        {
            // The planner's statistics lag a bulk load until autovacuum gets to the table (up to a minute or more);
            // without them a look-up by an indexed column right after (the next import's NIP check) can turn into
            // sequential scans: measured 2.6 s against 0.1 s for 20 look-ups of 1,000 NIPs in 24,000 records.
            await using var analyze = npgsql.CreateCommand();
            analyze.Transaction = (NpgsqlTransaction)transaction;
            analyze.CommandText = $"ANALYZE {table.Name}";
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return count;
    }
}

/// <summary>A mapped entity type's table as the bulk inserter writes it: delimited names, columns, their mappings.</summary>
internal sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns, ISqlGenerationHelper sql)
    {
        Name = name;
        Columns = columns;
        Sql = sql;
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
    }

    /// <summary>The delimited (schema and) table name.</summary>
    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The delimited column names, comma separated, in the order of <see cref="Columns"/>.</summary>
    public string ColumnList { get; }

    public ISqlGenerationHelper Sql { get; }

    public static BulkTable Of(DbContext db, Type type)
    {
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"Bulk insert: {type.Name} is not mapped in the model.");
        var tableName = entity.GetTableName() ?? throw new NotSupportedException($"Bulk insert: {type.Name} is not mapped to a table.");
        if (entity.IsOwned() || entity.BaseType is not null || entity.GetDerivedTypes().Any() || entity.GetComplexProperties().Any()
            || db.Model.GetEntityTypes().Any(e => e.FindOwnership()?.PrincipalEntityType == entity))
        {
            throw new NotSupportedException($"Bulk insert: {type.Name} has owned, complex or derived types; write it with EF.");
        }

        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = new List<BulkColumn>();
        foreach (var property in entity.GetProperties())
        {
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"Bulk insert: {type.Name}.{property.Name} is a shadow property; write it with EF.");
            }

            if (property.GetComputedColumnSql(store) is not null || StoreGeneratedKey(property))
            {
                continue;
            }

            columns.Add(new BulkColumn(sql.DelimitIdentifier(property.GetColumnName(store)!), property, property.GetGetter(), property.GetRelationalTypeMapping()));
        }

        return new BulkTable(sql.DelimitIdentifier(store.Name, store.Schema), columns, sql);
    }

    /// <summary>An integer key numbered by the database (identity on PostgreSQL, autoincrement on SQLite).</summary>
    private static bool StoreGeneratedKey(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated.HasFlag(ValueGenerated.OnAdd)
        && (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is var clr
        && (clr == typeof(int) || clr == typeof(long) || clr == typeof(short));
}

/// <summary>One written column: its delimited name, the model property, how to read it and the store mapping.</summary>
internal sealed record BulkColumn(string Name, IProperty Property, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
{
    /// <summary>The value as the store takes it: converted as EF converts it, DateTime as UTC; null for SQL NULL.</summary>
    public object? Value(object row)
    {
        var value = Getter.GetClrValueUsingContainingEntity(row);
        if (value is null)
        {
            return null;
        }

        if (Mapping.Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        return value is DateTime time ? time.Kind switch
        {
            DateTimeKind.Utc => time,
            DateTimeKind.Local => time.ToUniversalTime(),
            _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        } : value;
    }
}
