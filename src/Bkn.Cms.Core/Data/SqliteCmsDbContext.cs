using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>The context on SQLite; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
