using Bkn.Cms.Data;

namespace Bkn.Cms.Humas.Migrations;

/// <summary>Lets dotnet-ef build <see cref="HumasSqliteMigrations"/> without starting the host.</summary>
public sealed class HumasSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<HumasSqliteMigrations>;
