using Bkn.Cms.Data;

namespace Bkn.Cms.Sapk.Migrations;

/// <summary>Lets dotnet-ef build <see cref="SapkPostgresMigrations"/> without starting the host.</summary>
public sealed class SapkPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<SapkPostgresMigrations>;
