using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Agencies).</summary>
public sealed class AgenciesPostgresMigrations(DbContextOptions<AgenciesPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
