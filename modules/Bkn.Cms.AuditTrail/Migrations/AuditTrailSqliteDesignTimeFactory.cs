using Bkn.Cms.Data;

namespace Bkn.Cms.AuditTrail.Migrations;

/// <summary>Lets dotnet-ef build <see cref="AuditTrailSqliteMigrations"/> without starting the host.</summary>
public sealed class AuditTrailSqliteDesignTimeFactory : ModuleMigrationsDesignTimeFactory<AuditTrailSqliteMigrations>;
