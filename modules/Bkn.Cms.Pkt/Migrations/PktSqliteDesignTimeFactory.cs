using Bkn.Cms.Data;

namespace Bkn.Cms.Pkt.Migrations;

/// <summary>Lets dotnet-ef build <see cref="PktSqliteMigrations"/> without starting the host.</summary>
public sealed class PktSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<PktSqliteMigrations>;
