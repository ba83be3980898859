using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Migrations;

/// <summary>This module's tables on SQLite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Kepegawaian).</summary>
public sealed class KepegawaianSqliteMigrations(DbContextOptions<KepegawaianSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
