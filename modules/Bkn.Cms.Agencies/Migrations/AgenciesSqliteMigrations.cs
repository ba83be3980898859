using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Migrations;

/// <summary>This module's tables on SQLite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Agencies).</summary>
public sealed class AgenciesSqliteMigrations(DbContextOptions<AgenciesSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
