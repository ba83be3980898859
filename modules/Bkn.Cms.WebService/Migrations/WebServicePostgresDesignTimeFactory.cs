using Bkn.Cms.Data;

namespace Bkn.Cms.WebService.Migrations;

/// <summary>Lets dotnet-ef build <see cref="WebServicePostgresMigrations"/> without starting the host.</summary>
public sealed class WebServicePostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<WebServicePostgresMigrations>;
