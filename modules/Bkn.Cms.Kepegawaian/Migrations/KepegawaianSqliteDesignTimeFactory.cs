using Bkn.Cms.Data;

namespace Bkn.Cms.Kepegawaian.Migrations;

/// <summary>Lets dotnet-ef build <see cref="KepegawaianSqliteMigrations"/> without starting the host.</summary>
public sealed class KepegawaianSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<KepegawaianSqliteMigrations>;
