using Bkn.Cms.Data;

namespace Bkn.Cms.Helpdesk.Migrations;

/// <summary>Lets dotnet-ef build <see cref="HelpdeskPostgresMigrations"/> without starting the host.</summary>
public sealed class HelpdeskPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<HelpdeskPostgresMigrations>;
