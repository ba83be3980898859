using Bkn.Cms.Data;

namespace Bkn.Cms.Agencies.Migrations;

/// <summary>Lets dotnet-ef build <see cref="AgenciesSqliteMigrations"/> without starting the host.</summary>
public sealed class AgenciesSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<AgenciesSqliteMigrations>;
