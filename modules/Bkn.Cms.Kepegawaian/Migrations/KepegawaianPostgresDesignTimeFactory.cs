using Bkn.Cms.Data;

namespace Bkn.Cms.Kepegawaian.Migrations;

/// <summary>Lets dotnet-ef build <see cref="KepegawaianPostgresMigrations"/> without starting the host.</summary>
public sealed class KepegawaianPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<KepegawaianPostgresMigrations>;
