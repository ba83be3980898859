using Bkn.Cms.Data;

namespace Bkn.Cms.WebService.Migrations;

/// <summary>Lets dotnet-ef build <see cref="WebServiceSqliteMigrations"/> without starting the host.</summary>
public sealed class WebServiceSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<WebServiceSqliteMigrations>;
