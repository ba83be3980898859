using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Data;

/// <summary>Base of a module's SQLite migrations context; its migrations go to the module's Migrations/Sqlite.</summary>
public abstract class SqliteModuleMigrationsContext(DbContextOptions options) : ModuleMigrationsContext(options)
{
    public sealed override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
