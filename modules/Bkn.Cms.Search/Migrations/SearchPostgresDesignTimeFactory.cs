using Bkn.Cms.Data;

namespace Bkn.Cms.Search.Migrations;

/// <summary>Lets dotnet-ef build <see cref="SearchPostgresMigrations"/> without starting the host.</summary>
public sealed class SearchPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<SearchPostgresMigrations>;
