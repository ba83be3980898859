using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search.Migrations;

/// <summary>This module's tables on Sqlite, for its migrations in Migrations/Sqlite (history: __EFMigrationsHistory_Bkn_Cms_Search).</summary>
public sealed class SearchSqliteMigrations(DbContextOptions<SearchSqliteMigrations> options) : SqliteModuleMigrationsContext(options);
