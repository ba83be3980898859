using Bkn.Cms.Data;

namespace Bkn.Cms.Media.Migrations;

/// <summary>Lets dotnet-ef build <see cref="MediaPostgresMigrations"/> without starting the host.</summary>
public sealed class MediaPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<MediaPostgresMigrations>;
