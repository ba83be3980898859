using Bkn.Cms.Data;
using Bkn.Cms.Locking;
using Bkn.Cms.Recipes;
using Bkn.Cms.Settings;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Hosting;

/// <summary>
/// Brings the database up to date at start and runs the setup recipe on an empty installation, both under the
/// database's schema lock, so nodes starting at the same instant migrate and set up one after the other.
/// </summary>
public sealed partial class SetupService(
    CmsDbContext db,
    SchemaMigrator migrator,
    RecipeExecutor recipes,
    SiteSettingsWriter settings,
    StateStamps stamps,
    IDistributedLock locks,
    IOptions<AppDataOptions> options,
    TimeProvider time,
    ILogger<SetupService> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(db.Database.GetConnectionString()))
        {
            throw new InvalidOperationException("String koneksi database belum diisi (Database:ConnectionString atau BKN_DB_CONNECTION).");
        }

        await using var schemaLock = await SchemaLock.AcquireAsync(db.Provider, db.Database.GetConnectionString()!, time, cancellationToken);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers continue while a writer commits; the mode is stored in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await migrator.MigrateAsync(cancellationToken);
        await StateStamps.EnsureCreatedAsync(db, cancellationToken);
        await stamps.SyncAsync(cancellationToken);

        if (await IsSetUpAsync(cancellationToken))
        {
            return;
        }

        await using var handle = await locks.TryAcquireAsync("setup", TimeSpan.FromMinutes(5), cancellationToken);
        if (handle is null || await IsSetUpAsync(cancellationToken))
        {
            return;
        }

        var path = ResolveRecipePath(options.Value.SetupRecipe);
        LogSetup(logger, Path.GetFileName(path));
        try
        {
            await using var stream = File.OpenRead(path);
            await recipes.ExecuteAsync(
                stream,
                cancellationToken,
                ct => settings.SetAsync(new Dictionary<string, string> { [SiteSettingKeys.SetupCompletedUtc] = time.GetUtcNow().ToString("O") }, ct));
        }
        catch (RecipeException)
        {
            if (!await IsSetUpAsync(CancellationToken.None))
            {
                throw;
            }

            // Another node sharing the database (without Redis locks) finished setup first: its result stands.
            LogSetupByOtherNode(logger);
        }
    }

    private Task<bool> IsSetUpAsync(CancellationToken cancellationToken) =>
        db.SiteSettings.AnyAsync(s => s.Key == SiteSettingKeys.SetupCompletedUtc, cancellationToken);

    public static string ResolveRecipePath(string recipe)
    {
        if (Path.IsPathRooted(recipe))
        {
            return recipe;
        }

        string[] candidates = [Path.Combine(AppContext.BaseDirectory, "recipes", recipe), Path.Combine(Directory.GetCurrentDirectory(), "recipes", recipe)];
        return candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"Resep penyiapan '{recipe}' tidak ditemukan.", candidates[0]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Setup was completed by another node meanwhile")]
    private static partial void LogSetupByOtherNode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database: running setup recipe {Recipe}")]
    private static partial void LogSetup(ILogger logger, string recipe);
}
