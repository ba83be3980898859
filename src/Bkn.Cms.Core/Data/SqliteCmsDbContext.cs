using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>The run-time context on SQLite (engine and module entities).</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
