using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Sop).</summary>
public sealed class SopPostgresMigrations(DbContextOptions<SopPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
