using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.WebService.Migrations;

/// <summary>This module's tables on SQLite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_WebService).</summary>
public sealed class WebServiceSqliteMigrations(DbContextOptions<WebServiceSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
