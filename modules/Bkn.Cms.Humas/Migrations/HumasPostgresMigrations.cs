using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Humas).</summary>
public sealed class HumasPostgresMigrations(DbContextOptions<HumasPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
