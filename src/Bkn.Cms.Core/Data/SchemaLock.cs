using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bkn.Cms.Data;

/// <summary>
/// The cross-node lock held while a node migrates the schema and runs setup (ADR 0011), kept by the database itself so
/// it needs no Redis and dies with its holder: on PostgreSQL a session advisory lock on a connection held for the
/// duration (the server drops it when the connection or the process goes); on SQLite an exclusive lock on a file next
/// to the database (every process that opens the database can reach it; the OS drops it with the process).
/// </summary>
public static class SchemaLock
{
    /// <summary>Advisory lock key of the schema lock (the ASCII of "BknSchem"), shared by every node of a database.</summary>
    public const long PostgresKey = 0x426B6E536368656D;

    /// <summary>Suffix of the lock file next to a SQLite database file.</summary>
    public const string SqliteLockFileSuffix = "-schema.lock";

    private static readonly TimeSpan SqliteRetry = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits until no other node holds the lock, then holds it until the result is disposed.</summary>
    public static Task<IAsyncDisposable> AcquireAsync(DatabaseProvider provider, string connectionString, TimeProvider time, CancellationToken cancellationToken) =>
        provider == DatabaseProvider.Postgres
            ? AcquirePostgresAsync(connectionString, cancellationToken)
            : AcquireSqliteAsync(connectionString, time, cancellationToken);

    private static async Task<IAsyncDisposable> AcquirePostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Its own unpooled connection: the session, and so the lock, ends when it is closed, never outliving the start
        // in a pool.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", PostgresKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresHandle(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<IAsyncDisposable> AcquireSqliteAsync(string connectionString, TimeProvider time, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return NoLock.Instance; // a private in-memory database has one process by definition
        }

        var path = Path.GetFullPath(builder.DataSource) + SqliteLockFileSuffix;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive flock on Unix (and a share lock on Windows): held against every
                // other open of the file, in this process or another, until disposed or the process ends.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException)
            {
                // Another node migrates; there is no blocking wait on a file lock in .NET, so look again shortly.
                await Task.Delay(SqliteRetry, time, cancellationToken);
            }
        }
    }

    private sealed class PostgresHandle(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", PostgresKey);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
