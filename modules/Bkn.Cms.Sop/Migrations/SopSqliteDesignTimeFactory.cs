using Bkn.Cms.Data;

namespace Bkn.Cms.Sop.Migrations;

/// <summary>Lets dotnet-ef build <see cref="SopSqliteMigrations"/> without starting the host.</summary>
public sealed class SopSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<SopSqliteMigrations>;
