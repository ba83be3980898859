using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>Base of a module's PostgreSQL migrations context; its migrations go to the module's Migrations/Postgres.</summary>
public abstract class PostgresModuleMigrationsContext(DbContextOptions options) : ModuleMigrationsContext(options)
{
    public sealed override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
