using Bkn.Cms.Data;

namespace Bkn.Cms.Agencies.Migrations;

/// <summary>Lets dotnet-ef build <see cref="AgenciesPostgresMigrations"/> without starting the host.</summary>
public sealed class AgenciesPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<AgenciesPostgresMigrations>;
