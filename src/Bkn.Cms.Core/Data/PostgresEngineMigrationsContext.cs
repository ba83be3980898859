using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>The engine's tables on PostgreSQL, for its migrations in Data/Migrations/Postgres; module tables are left to the modules.</summary>
public sealed class PostgresEngineMigrationsContext(DbContextOptions<PostgresEngineMigrationsContext> options) : CmsDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override bool IncludesModuleEntities => false;
}
