using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Helpdesk).</summary>
public sealed class HelpdeskPostgresMigrations(DbContextOptions<HelpdeskPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
