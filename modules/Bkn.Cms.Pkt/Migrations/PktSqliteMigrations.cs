using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Migrations;

/// <summary>This module's tables on SQLite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Pkt).</summary>
public sealed class PktSqliteMigrations(DbContextOptions<PktSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
