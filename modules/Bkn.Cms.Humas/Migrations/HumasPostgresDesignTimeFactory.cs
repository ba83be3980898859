using Bkn.Cms.Data;

namespace Bkn.Cms.Humas.Migrations;

/// <summary>Lets dotnet-ef build <see cref="HumasPostgresMigrations"/> without starting the host.</summary>
public sealed class HumasPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<HumasPostgresMigrations>;
