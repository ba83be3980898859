using Bkn.Cms.Data;

namespace Bkn.Cms.Sop.Migrations;

/// <summary>Lets dotnet-ef build <see cref="SopPostgresMigrations"/> without starting the host.</summary>
public sealed class SopPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<SopPostgresMigrations>;
