using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Tests.Upgrade;

/// <summary>Raw reads of tables the tests do not map (history tables) or count without the entity types.</summary>
internal static class RawTables
{
    public static Task<int> CountAsync(DbContext db, string table)
    {
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\""; // table names are the tests' own constants
        return db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    /// <summary>The names (without timestamp) of the migrations a history table records, oldest first.</summary>
    public static async Task<List<string>> HistoryAsync(DbContext db, string historyTable)
    {
        var sql = $"SELECT \"MigrationId\" AS \"Value\" FROM \"{historyTable}\" ORDER BY \"MigrationId\"";
        var ids = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        return [.. ids.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])];
    }
}
