using Bkn.Cms.Data;

namespace Bkn.Cms.ModulContoh.Migrations;

/// <summary>Lets dotnet-ef build <see cref="ModulContohSqliteMigrations"/> without starting the host.</summary>
public sealed class ModulContohSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<ModulContohSqliteMigrations>;
