using System.Data.Common;
using System.IO.Compression;
using System.Net;
using System.Text;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bkn.Cms.Tests.Upgrade;

/// <summary>
/// A database made by release b9448f1 (before modules owned their migrations; tests/fixtures/upgrade, made by its
/// generate.sh) starts on this build with every row intact, and each module records its tables as its first migration.
/// </summary>
public sealed class UpgradeTests
{
    private static readonly string[] CountedTables = ["ContentItems", "HelpdeskTickets", "WorkflowInstances", "AuditEvents", "AutorouteEntries", "AspNetUsers", "Units"];

    private static readonly string[] ModuleHistories =
        ["Bkn_Cms_AuditTrail", "Bkn_Cms_Contents", "Bkn_Cms_Helpdesk", "Bkn_Cms_Humas", "Bkn_Cms_Media", "Bkn_Cms_Search"];

    [Fact]
    public async Task A_database_of_the_previous_release_starts_with_every_row_intact_and_modules_baselined()
    {
        await using var database = TestDatabase.Create();
        await RestoreFixtureAsync(database);
        var before = await CountRowsAsync(database);
        // WorkflowInstances is counted without the SLA sweep's instances, which are all the PostgreSQL fixture holds.
        Assert.All(new[] { "ContentItems", "HelpdeskTickets", "AuditEvents" }, t => Assert.True(before[t] > 0, t + " is empty in the fixture"));

        await using var factory = new CmsFactory(database);
        var browser = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/helpdesk")).StatusCode);

        Assert.Equal(before, await CountRowsAsync(database));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var engineHistory = await RawTables.HistoryAsync(db, "__EFMigrationsHistory");
        Assert.Contains("Engine", engineHistory);
        Assert.Contains("HumasPublications", engineHistory); // the old release's rows are kept as they were
        foreach (var module in ModuleHistories)
        {
            Assert.Equal(ExpectedHistory(module), await RawTables.HistoryAsync(db, ModuleMigrationsContext.HistoryTablePrefix + module));
        }

        // A second start finds nothing to do and changes nothing.
        await using var again = new CmsFactory(database);
        Assert.Equal(HttpStatusCode.OK, (await again.CreateBrowser().GetAsync("/")).StatusCode);
        Assert.Equal(before, await CountRowsAsync(database));
    }

    [Fact]
    public async Task Two_nodes_started_at_the_same_instant_on_a_database_of_the_previous_release_both_come_up()
    {
        await using var database = TestDatabase.Create();
        await RestoreFixtureAsync(database);
        var before = await CountRowsAsync(database);
        await using var nodeA = new CmsFactory(database);
        await using var nodeB = new CmsFactory(database);

        using var start = new Barrier(2);
        await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); _ = nodeA.Server; }),
            Task.Run(() => { start.SignalAndWait(); _ = nodeB.Server; }));

        Assert.Equal(HttpStatusCode.OK, (await nodeA.CreateBrowser().GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nodeB.CreateBrowser().GetAsync("/")).StatusCode);
        Assert.Equal(before, await CountRowsAsync(database));
        await using var scope = nodeB.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        foreach (var module in ModuleHistories)
        {
            Assert.Equal(ExpectedHistory(module), await RawTables.HistoryAsync(db, ModuleMigrationsContext.HistoryTablePrefix + module));
        }
    }

    // A module is baselined at Initial; migrations added since the previous release then run on top of it.
    private static string[] ExpectedHistory(string module) =>
        module switch
        {
            "Bkn_Cms_Humas" => ["Initial", "RegulationStatusFromLinks"],
            "Bkn_Cms_Media" => ["Initial", "ImageVariants"],
            "Bkn_Cms_Search" => ["Initial", "SearchDocumentKeys"],
            _ => ["Initial"],
        };

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "upgrade", name);

    private static async Task RestoreFixtureAsync(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new GZipStream(File.OpenRead(FixturePath("sqlite.db.gz")), CompressionMode.Decompress);
            await using var target = File.Create(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
            await source.CopyToAsync(target);
            return;
        }

        // A plain pg_dump: statements run as batches, each COPY block through Npgsql's text import. psql meta-commands
        // (\restrict) are left out. Its own unpooled connection: the dump empties search_path for its session.
        using var reader = new StreamReader(new GZipStream(File.OpenRead(FixturePath("postgres.sql.gz")), CompressionMode.Decompress), Encoding.UTF8);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var batch = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('\\'))
            {
                continue;
            }

            if (!line.StartsWith("COPY ", StringComparison.Ordinal))
            {
                batch.AppendLine(line);
                continue;
            }

            await ExecuteAsync(connection, batch.ToString());
            batch.Clear();
            await using (var import = await connection.BeginTextImportAsync(line))
            {
                while (await reader.ReadLineAsync() is { } row && row != "\\.")
                {
                    await import.WriteLineAsync(row);
                }
            }
        }

        await ExecuteAsync(connection, batch.ToString());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return;
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(TestDatabase database)
    {
        await using DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in CountedTables)
        {
            await using var command = connection.CreateCommand();
            // The helpdesk SLA sweep starts a workflow instance every minute on a running node, so instances of that
            // type may be added while the test runs; every other table (and every other instance) must stay as it was.
            command.CommandText = table == "WorkflowInstances"
                ? "SELECT COUNT(*) FROM \"WorkflowInstances\" WHERE \"WorkflowTypeId\" <> 'helpdesk-sla'"
                : $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
