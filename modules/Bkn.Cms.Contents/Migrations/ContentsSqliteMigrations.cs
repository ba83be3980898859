using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Migrations;

/// <summary>This module's tables on Sqlite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Contents).</summary>
public sealed class ContentsSqliteMigrations(DbContextOptions<ContentsSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
