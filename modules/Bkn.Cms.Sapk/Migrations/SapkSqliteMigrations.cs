using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sapk.Migrations;

/// <summary>This module's tables on SQLite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Sapk).</summary>
public sealed class SapkSqliteMigrations(DbContextOptions<SapkSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
