using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.AuditTrail.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_AuditTrail).</summary>
public sealed class AuditTrailPostgresMigrations(DbContextOptions<AuditTrailPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
