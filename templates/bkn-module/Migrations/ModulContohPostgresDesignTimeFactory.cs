using Bkn.Cms.Data;

namespace Bkn.Cms.ModulContoh.Migrations;

/// <summary>Lets dotnet-ef build <see cref="ModulContohPostgresMigrations"/> without starting the host.</summary>
public sealed class ModulContohPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<ModulContohPostgresMigrations>;
