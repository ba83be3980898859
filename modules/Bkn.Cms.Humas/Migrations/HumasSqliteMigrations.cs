using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Migrations;

/// <summary>This module's tables on Sqlite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Humas).</summary>
public sealed class HumasSqliteMigrations(DbContextOptions<HumasSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
