using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sapk.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Sapk).</summary>
public sealed class SapkPostgresMigrations(DbContextOptions<SapkPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
