using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.WebService.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_WebService).</summary>
public sealed class WebServicePostgresMigrations(DbContextOptions<WebServicePostgresMigrations> options) : PostgresModuleMigrationsContext(options);
