using Microsoft.EntityFrameworkCore.Design;

namespace Bkn.Cms.Data;

/// <summary>
/// Lets dotnet-ef build a module's migrations context without starting the host. A module declares one empty subclass
/// per context (<c>public sealed class HelpdeskSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory&lt;HelpdeskSqliteMigrations&gt;;</c>).
/// The connection is never opened by <c>migrations add</c>.
/// </summary>
public abstract class ModuleMigrationsDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleMigrationsContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)ModuleMigrationsContext.Create(
            typeof(TContext),
            typeof(PostgresModuleMigrationsContext).IsAssignableFrom(typeof(TContext)) ? "Host=localhost;Database=design" : "Data Source=design.db");
}
