namespace Bkn.Cms.Data;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for PostgreSQL also read from BKN_DB_CONNECTION. For SQLite defaults to App_Data/bkn.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite only: PRAGMA synchronous per connection, NORMAL (default, safe with WAL) or FULL (an fsync per commit).</summary>
    public string SqliteSynchronous { get; set; } = "NORMAL";
}
