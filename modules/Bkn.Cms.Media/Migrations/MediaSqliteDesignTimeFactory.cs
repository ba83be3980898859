using Bkn.Cms.Data;

namespace Bkn.Cms.Media.Migrations;

/// <summary>Lets dotnet-ef build <see cref="MediaSqliteMigrations"/> without starting the host.</summary>
public sealed class MediaSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<MediaSqliteMigrations>;
