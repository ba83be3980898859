using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bkn.Cms.Data;

/// <summary>Lets dotnet-ef build the engine's PostgreSQL migrations context without starting the host.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEngineMigrationsContext>
{
    public PostgresEngineMigrationsContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresEngineMigrationsContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
