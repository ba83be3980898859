using Bkn.Cms.Data;

namespace Bkn.Cms.Search.Migrations;

/// <summary>Lets dotnet-ef build <see cref="SearchSqliteMigrations"/> without starting the host.</summary>
public sealed class SearchSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<SearchSqliteMigrations>;
