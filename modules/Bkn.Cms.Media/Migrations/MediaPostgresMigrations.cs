using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Media.Migrations;

/// <summary>This module's tables on PostgreSQL, for its migrations in Migrations/Postgres (history: __EFMigrationsHistory_Bkn_Cms_Media).</summary>
public sealed class MediaPostgresMigrations(DbContextOptions<MediaPostgresMigrations> options) : PostgresModuleMigrationsContext(options);
