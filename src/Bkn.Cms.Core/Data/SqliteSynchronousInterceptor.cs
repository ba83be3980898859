using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bkn.Cms.Data;

/// <summary>
/// Sets SQLite's <c>synchronous</c> level on every opened connection (the setting lives on the connection, not in the
/// file). With the WAL journal, NORMAL never corrupts the database and loses nothing when the process is killed; only
/// the last commits before a power failure or OS crash can be lost, because the WAL is synced at checkpoints rather
/// than at every commit. FULL syncs every commit (an fsync per transaction). See docs/adr/0009.
/// </summary>
public sealed class SqliteSynchronousInterceptor(string level) : DbConnectionInterceptor
{
    private readonly string _pragma = "PRAGMA synchronous=" + level + ";";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The levels SQLite knows; anything else is refused at start.</summary>
    public static bool IsValid(string? level) => level is "OFF" or "NORMAL" or "FULL" or "EXTRA";

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }
}
