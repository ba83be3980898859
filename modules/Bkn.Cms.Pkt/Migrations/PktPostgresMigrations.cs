using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Pkt).</summary>
public sealed class PktPostgresMigrations(DbContextOptions<PktPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
