using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Search).</summary>
public sealed class SearchPostgresMigrations(DbContextOptions<SearchPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
