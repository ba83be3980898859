using Bkn.Cms.Data;

namespace Bkn.Cms.Helpdesk.Migrations;

/// <summary>Lets dotnet-ef build <see cref="HelpdeskSqliteMigrations"/> without starting the host.</summary>
public sealed class HelpdeskSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<HelpdeskSqliteMigrations>;
