using Bkn.Cms.Data;

namespace Bkn.Cms.Contents.Migrations;

/// <summary>Lets dotnet-ef build <see cref="ContentsSqliteMigrations"/> without starting the host.</summary>
public sealed class ContentsSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<ContentsSqliteMigrations>;
