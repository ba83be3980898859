using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Media.Migrations;

/// <summary>This module's tables on Sqlite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Media).</summary>
public sealed class MediaSqliteMigrations(DbContextOptions<MediaSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
