using Bkn.Cms.Data;
using Npgsql;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// A fresh database for one benchmark run: a SQLite file in a temporary folder, or a new PostgreSQL database on the
/// server in BKN_BENCH_PG_CONNECTION (default: role bkn/bkn on 127.0.0.1:5432, as tests/run.sh sets it up), dropped
/// afterwards (kept for a look with BKN_BENCH_KEEP=1).
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    // Co-located PostgreSQL over loopback: no TLS, as a same-machine install would connect (TLS on loopback costs CPU
    // on both sides and protects nothing). Over a network keep TLS on (docs/OPERATIONS.md).
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=bkn;Password=bkn;Database=postgres;SSL Mode=Disable";

    private BenchDatabase(DatabaseProvider provider, string connectionString, string dataPath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataPath = dataPath;
        PostgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string DataPath { get; }

    private string? PostgresName { get; }

    private static string Server => Environment.GetEnvironmentVariable("BKN_BENCH_PG_CONNECTION") ?? DefaultServer;

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider)
    {
        var dataPath = Directory.CreateTempSubdirectory("bkn-bench-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            return new BenchDatabase(provider, $"Data Source={Path.Combine(dataPath, "bkn.db")};Default Timeout=30", dataPath, null);
        }

        var name = "bkn_bench_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        return new BenchDatabase(provider, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString, dataPath, name);
    }

    public string Describe() => PostgresName is null ? $"SQLite file {Path.Combine(DataPath, "bkn.db")}" : $"PostgreSQL database {PostgresName}";

    public async ValueTask DisposeAsync()
    {
        if (PostgresName is not null && Environment.GetEnvironmentVariable("BKN_BENCH_KEEP") == "1")
        {
            Console.WriteLine($"kept (BKN_BENCH_KEEP=1): {Describe()}");
        }
        else if (PostgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temp folder is cleaned by the OS.
        }
    }
}
