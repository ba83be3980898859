using Bkn.Cms.Data;

namespace Bkn.Cms.Sapk.Migrations;

/// <summary>Lets dotnet-ef build <see cref="SapkSqliteMigrations"/> without starting the host.</summary>
public sealed class SapkSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<SapkSqliteMigrations>;
