using Bkn.Cms.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Data;

/// <summary>
/// Brings the schema up to date at start (ADR 0011): the engine's migrations first, then each module's, modules in
/// feature-dependency order, each with its own history table. Every module with tables has its migrations applied
/// whether or not its feature is enabled. Callers hold <see cref="SchemaLock"/> so that nodes never migrate at once.
/// </summary>
public sealed partial class SchemaMigrator(CmsDbContext db, ModuleCatalog catalog, ILogger<SchemaMigrator> logger)
{
    /// <summary>
    /// The last migration of the single migration set that Core kept for engine and module tables until ADR 0011
    /// (release b9448f1). A database that has it holds exactly the tables of the engine's and the modules' first
    /// migrations, which are then recorded as applied (baseline) instead of run.
    /// </summary>
    public static string LegacyLastMigration(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? "20261128120226_HumasPublications" : "20261128120222_HumasPublications";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetConnectionString()!;
        bool legacy;
        await using (var engine = CreateEngineContext(connection))
        {
            legacy = await BaselineEngineAsync(engine, cancellationToken);
            await MigrateIfPendingAsync(engine, cancellationToken);
        }

        foreach (var contextType in ModuleMigrationContexts(catalog, db.Provider))
        {
            await using var module = ModuleMigrationsContext.Create(contextType, connection);
            if (legacy)
            {
                await BaselineModuleAsync(module, cancellationToken);
            }

            await MigrateIfPendingAsync(module, cancellationToken);
        }
    }

    /// <summary>
    /// Migrates only when a migration is pending: the usual start then reads the history table and never builds the
    /// context's model (which Migrate does to look for unmigrated model changes).
    /// </summary>
    private static async Task MigrateIfPendingAsync(DbContext context, CancellationToken cancellationToken)
    {
        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The migrations contexts of <paramref name="provider"/> in module order: modules in the order their features
    /// first appear in feature-dependency order, so a module's tables are migrated after those of modules it builds on.
    /// A module that contributes tables without migrations for the provider stops the start.
    /// </summary>
    public static IReadOnlyList<Type> ModuleMigrationContexts(ModuleCatalog catalog, DatabaseProvider provider)
    {
        var baseType = provider == DatabaseProvider.Postgres ? typeof(PostgresModuleMigrationsContext) : typeof(SqliteModuleMigrationsContext);
        var modules = catalog.Features.Select(f => f.ModuleId).Distinct(StringComparer.Ordinal)
            .Select(id => catalog.Modules.Single(m => m.Id == id));
        var result = new List<Type>();
        foreach (var module in modules)
        {
            var contexts = module.Assembly.GetTypes().Where(t => !t.IsAbstract && baseType.IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
            if (contexts.Count == 0 && ModuleMigrationsContext.ModelContributors(module.Assembly).Count > 0)
            {
                throw new InvalidOperationException($"Modul {module.Id} menambah tabel (IModelContributor) tetapi tidak punya migrasi {provider} (turunan {baseType.Name}).");
            }

            result.AddRange(contexts);
        }

        return result;
    }

    private CmsDbContext CreateEngineContext(string connection) => db.Provider == DatabaseProvider.Postgres
        ? new PostgresEngineMigrationsContext(new DbContextOptionsBuilder<PostgresEngineMigrationsContext>().UseNpgsql(connection).Options)
        : new SqliteEngineMigrationsContext(new DbContextOptionsBuilder<SqliteEngineMigrationsContext>().UseSqlite(connection).Options);

    /// <summary>Records the engine's first migration as applied on a database of the pre-ADR-0011 release; true for such a database.</summary>
    private async Task<bool> BaselineEngineAsync(CmsDbContext engine, CancellationToken cancellationToken)
    {
        var applied = (await engine.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var legacy = applied.Contains(LegacyLastMigration(engine.Provider));
        var known = engine.Database.GetMigrations().ToList();
        if (applied.Count == 0 || applied.Overlaps(known))
        {
            return legacy;
        }

        if (!legacy)
        {
            throw new InvalidOperationException(
                $"Basis data ini dibuat oleh versi lama yang belum sampai migrasi {LegacyLastMigration(engine.Provider)}; jalankan dulu rilis b9448f1 sekali pada basis data ini, lalu versi ini.");
        }

        await RecordBaselineAsync(engine, known[0], cancellationToken);
        return true;
    }

    /// <summary>On a pre-ADR-0011 database: a module whose first migration's tables all exist has that migration recorded as applied.</summary>
    private async Task BaselineModuleAsync(ModuleMigrationsContext module, CancellationToken cancellationToken)
    {
        var first = module.Database.GetMigrations().FirstOrDefault();
        if (first is null || (await module.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        var migrations = module.GetService<IMigrationsAssembly>();
        var migration = migrations.CreateMigration(migrations.Migrations[first], module.Database.ProviderName!);
        var tables = migration.UpOperations.OfType<CreateTableOperation>().Select(o => o.Name).ToList();
        var existing = (await ExistingTablesAsync(module, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var present = tables.Count(existing.Contains);
        if (present == 0)
        {
            return; // a module the old release did not have: its migrations run as on a new database
        }

        if (present < tables.Count)
        {
            throw new InvalidOperationException(
                $"Tabel modul {module.GetType().Assembly.GetName().Name} hanya sebagian ada ({string.Join(", ", tables.Where(t => !existing.Contains(t)))} tidak ada); basis data tidak dapat dinaikkan versinya.");
        }

        await RecordBaselineAsync(module, first, cancellationToken);
    }

    private async Task RecordBaselineAsync(DbContext context, string migrationId, CancellationToken cancellationToken)
    {
        var history = context.GetService<IHistoryRepository>();
        var version = typeof(DbContext).Assembly.GetName().Version!.ToString(3);
        await context.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await context.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(migrationId, version)), cancellationToken);
        LogBaseline(logger, context.GetType().Name, migrationId);
    }

    private Task<List<string>> ExistingTablesAsync(DbContext context, CancellationToken cancellationToken) =>
        (db.Provider == DatabaseProvider.Postgres
            ? context.Database.SqlQueryRaw<string>("SELECT tablename::text AS \"Value\" FROM pg_tables WHERE schemaname = current_schema()")
            : context.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"))
        .ToListAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Context}: existing tables recorded as migration {Migration} (baseline of a database made before modules owned their migrations)")]
    private static partial void LogBaseline(ILogger logger, string context, string migration);
}
