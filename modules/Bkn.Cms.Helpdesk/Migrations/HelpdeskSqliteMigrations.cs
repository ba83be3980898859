using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Migrations;

/// <summary>This module's tables on Sqlite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Helpdesk).</summary>
public sealed class HelpdeskSqliteMigrations(DbContextOptions<HelpdeskSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
