using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ModulContoh.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_ModulContoh).</summary>
public sealed class ModulContohPostgresMigrations(DbContextOptions<ModulContohPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
