using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bkn.Cms.Data;

/// <summary>Lets dotnet-ef build the engine's SQLite migrations context without starting the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEngineMigrationsContext>
{
    public SqliteEngineMigrationsContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEngineMigrationsContext>().UseSqlite("Data Source=design.db").Options);
}
