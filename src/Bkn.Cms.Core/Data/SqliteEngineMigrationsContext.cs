using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>The engine's tables on SQLite, for its migrations in Data/Migrations/Sqlite; module tables are left to the modules.</summary>
public sealed class SqliteEngineMigrationsContext(DbContextOptions<SqliteEngineMigrationsContext> options) : CmsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override bool IncludesModuleEntities => false;
}
