using Bkn.Cms.Data;

namespace Bkn.Cms.Contents.Migrations;

/// <summary>Lets dotnet-ef build <see cref="ContentsPostgresMigrations"/> without starting the host.</summary>
public sealed class ContentsPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<ContentsPostgresMigrations>;
