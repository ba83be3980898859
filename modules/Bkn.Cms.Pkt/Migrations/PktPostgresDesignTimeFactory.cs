using Bkn.Cms.Data;

namespace Bkn.Cms.Pkt.Migrations;

/// <summary>Lets dotnet-ef build <see cref="PktPostgresMigrations"/> without starting the host.</summary>
public sealed class PktPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<PktPostgresMigrations>;
