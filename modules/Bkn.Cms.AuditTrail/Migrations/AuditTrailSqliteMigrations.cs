using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.AuditTrail.Migrations;

/// <summary>This module's tables on Sqlite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_AuditTrail).</summary>
public sealed class AuditTrailSqliteMigrations(DbContextOptions<AuditTrailSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
