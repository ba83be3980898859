using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Contents).</summary>
public sealed class ContentsPostgresMigrations(DbContextOptions<ContentsPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
