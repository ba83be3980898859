using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Migrations;

/// <summary>This module's tables on SQLite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Sop).</summary>
public sealed class SopSqliteMigrations(DbContextOptions<SopSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
