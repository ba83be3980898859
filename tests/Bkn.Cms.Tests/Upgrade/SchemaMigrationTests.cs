using System.Net;
using Bkn.Cms.Data;
using Bkn.Cms.Modules;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Upgrade;

/// <summary>Each module migrates its own tables, and nodes starting together on one database take turns (ADR 0011).</summary>
public sealed class SchemaMigrationTests
{
    private static readonly string[] TableModules =
        ["Bkn.Cms.AuditTrail", "Bkn.Cms.Contents", "Bkn.Cms.Helpdesk", "Bkn.Cms.Humas", "Bkn.Cms.Media", "Bkn.Cms.Search"];

    [Fact]
    public async Task Two_nodes_started_at_the_same_instant_on_an_empty_database_both_come_up()
    {
        await using var database = TestDatabase.Create();
        await using var nodeA = new CmsFactory(database);
        await using var nodeB = new CmsFactory(database);

        // Both hosts migrate and set up at once, each on its own thread, as two processes would.
        using var start = new Barrier(2);
        await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); _ = nodeA.Server; }),
            Task.Run(() => { start.SignalAndWait(); _ = nodeB.Server; }));

        foreach (var node in new[] { nodeA, nodeB })
        {
            var browser = node.CreateBrowser();
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/helpdesk")).StatusCode);
            await browser.SignInAsAdminAsync();
        }

        // Setup completed (once: the second node found it done under the lock).
        await using var scope = nodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.Equal(1, await db.Users.CountAsync(u => u.UserName == "admin"));
        Assert.Equal(1, await db.SiteSettings.CountAsync(s => s.Key == Bkn.Cms.Settings.SiteSettingKeys.SetupCompletedUtc));
    }

    [Fact]
    public async Task A_new_database_records_the_engine_and_each_module_in_its_own_migration_history()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.Equal(["Engine"], await RawTables.HistoryAsync(db, "__EFMigrationsHistory"));
        foreach (var module in TableModules)
        {
            // Each module starts with its Initial migration; later ones (e.g. Humas's RegulationStatusFromLinks) follow it.
            Assert.Equal("Initial", (await RawTables.HistoryAsync(db, ModuleMigrationsContext.HistoryTablePrefix + module.Replace('.', '_'))).FirstOrDefault());
        }
    }

    [Fact]
    public async Task A_modules_tables_exist_while_its_feature_is_off()
    {
        await using var database = TestDatabase.Create();
        var recipe = Path.Combine(database.DataPath, "minimal.recipe.json");
        await File.WriteAllTextAsync(recipe, """{ "name": "minimal", "steps": [ { "name": "settings", "SiteName": "Uji" } ] }""");
        await using var factory = new CmsFactory(database, new() { ["App:SetupRecipe"] = recipe });
        _ = factory.Server;

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(scope.ServiceProvider.GetRequiredService<Bkn.Cms.Features.IFeatureChecker>().IsEnabled("Bkn.Cms.Helpdesk"));
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.Equal(0, await RawTables.CountAsync(db, "HelpdeskTickets"));
        Assert.Equal(0, await RawTables.CountAsync(db, "PublicationIndex"));
    }

    [Fact]
    public void Modules_with_tables_migrate_after_the_modules_their_features_depend_on()
    {
        var catalog = ModuleCatalog.Default;
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var order = SchemaMigrator.ModuleMigrationContexts(catalog, provider).Select(t => catalog.FindModule(t.Assembly)!.Id).ToList();
            // At least these: a module added later (e.g. made with templates/bkn-module) joins without editing this list.
            Assert.Subset(order.ToHashSet(StringComparer.Ordinal), TableModules.ToHashSet(StringComparer.Ordinal));
            Assert.True(order.IndexOf("Bkn.Cms.Contents") < order.IndexOf("Bkn.Cms.Humas"), string.Join(", ", order));
            Assert.True(order.IndexOf("Bkn.Cms.Contents") < order.IndexOf("Bkn.Cms.Search"), string.Join(", ", order));
        }
    }

    [Fact]
    public void No_module_table_is_in_the_engines_migrations_and_each_module_creates_its_own()
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            using var engine = provider == DatabaseProvider.Postgres
                ? (CmsDbContext)new PostgresEngineMigrationsContext(new DbContextOptionsBuilder<PostgresEngineMigrationsContext>().UseNpgsql("Host=localhost").Options)
                : new SqliteEngineMigrationsContext(new DbContextOptionsBuilder<SqliteEngineMigrationsContext>().UseSqlite("Data Source=:memory:").Options);
            var engineTables = CreatedTables(engine);
            Assert.Contains("ContentItems", engineTables);
            foreach (var contextType in SchemaMigrator.ModuleMigrationContexts(ModuleCatalog.Default, provider))
            {
                using var module = ModuleMigrationsContext.Create(contextType, provider == DatabaseProvider.Postgres ? "Host=localhost" : "Data Source=:memory:");
                var moduleTables = module.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order(StringComparer.Ordinal).ToList();
                Assert.NotEmpty(moduleTables);
                Assert.Equal(moduleTables, CreatedTables(module).Order(StringComparer.Ordinal));
                Assert.DoesNotContain(moduleTables, engineTables.Contains);
            }
        }
    }

    /// <summary>The tables the context's migrations create, read from the migrations themselves (not the model).</summary>
    private static HashSet<string> CreatedTables(DbContext context)
    {
        var migrations = context.GetService<IMigrationsAssembly>();
        return [.. migrations.Migrations.Values
            .Select(type => migrations.CreateMigration(type, context.Database.ProviderName!))
            .SelectMany(m => m.UpOperations.OfType<CreateTableOperation>())
            .Select(o => o.Name)];
    }
}
