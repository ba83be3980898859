using Bkn.Cms.Data;

namespace Bkn.Cms.AuditTrail.Migrations;

/// <summary>Lets dotnet-ef build <see cref="AuditTrailPostgresMigrations"/> without starting the host.</summary>
public sealed class AuditTrailPostgresDesignTimeFactory : ModuleMigrationsDesignTimeFactory<AuditTrailPostgresMigrations>;
