using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ModulContoh.Migrations;

/// <summary>This module's tables on SQLite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_ModulContoh).</summary>
public sealed class ModulContohSqliteMigrations(DbContextOptions<ModulContohSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
