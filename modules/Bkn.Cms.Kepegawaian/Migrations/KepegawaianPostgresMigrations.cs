using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Kepegawaian).</summary>
public sealed class KepegawaianPostgresMigrations(DbContextOptions<KepegawaianPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
