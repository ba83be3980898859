using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bkn.Cms.Data;

/// <summary>
/// How EF Core's SQLite connections are opened and kept (docs/adr/0009):
/// <list type="bullet">
/// <item>Each connection runs <c>PRAGMA synchronous=…</c> once, when EF opens it (the setting lives on the connection,
/// not in the file). With the WAL journal, NORMAL never corrupts the database and loses nothing when the process is
/// killed; only the last commits before a power failure or OS crash can be lost, because the WAL is synced at
/// checkpoints rather than at every commit. FULL syncs every commit.</item>
/// <item>A context keeps its connection open once it has opened it, instead of closing it after every query: with
/// SQLite an open is not cheap (EF registers its SQL functions on the connection, the pragma runs again), and open plus
/// close was a sixth of an uncached page view. The connection is closed when the context is disposed or returned to the
/// pool (EF's pool reset closes it), so a scope starts with a closed connection. An open connection between queries
/// holds no transaction, so it blocks neither writers nor WAL checkpoints. PostgreSQL connections are not kept:
/// Npgsql's pool is cheap to use and has a maximum size.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionInterceptor(string level) : DbConnectionInterceptor
{
    private readonly string _pragma = "PRAGMA synchronous=" + level + ";";

    /// <summary>The levels SQLite knows; anything else is refused at start.</summary>
    public static bool IsValid(string? level) => level is "OFF" or "NORMAL" or "FULL" or "EXTRA";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        KeepOpen(connection, result);

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(KeepOpen(connection, result));

    // EF then finds the connection open on its next query and leaves it to the context's disposal to close.
    private static InterceptionResult KeepOpen(DbConnection connection, InterceptionResult result) =>
        connection.State == ConnectionState.Open ? InterceptionResult.Suppress() : result;

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }
}
