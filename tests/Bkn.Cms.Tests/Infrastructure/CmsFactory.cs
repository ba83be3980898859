using Bkn.Cms.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>
/// A real host on a fresh database: a temporary SQLite file, or a fresh PostgreSQL database when
/// BKN_TEST_DB=postgres (tests/run.sh sets it and BKN_TEST_PG_CONNECTION). Several factories may share one
/// database to act as several nodes.
/// </summary>
public sealed class CmsFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Uji-Admin-2026!";
    public const string HelpdeskPassword = "Uji-Helpdesk-2026!";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public CmsFactory(TestDatabase? database = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Database = database ?? TestDatabase.Create();
        OwnsDatabase = database is null;
        _settings = new Dictionary<string, string?>
        {
            ["App:DataPath"] = Database.DataPath,
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["State:PollInterval"] = "00:00:00.200",
            ["RateLimits:AuthenticationPerMinute"] = "10000",
            ["RateLimits:SearchPerMinute"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", AdminPassword);
        Environment.SetEnvironmentVariable("BKN_HELPDESK_PASSWORD", HelpdeskPassword);
    }

    public TestDatabase Database { get; }

    private bool OwnsDatabase { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (OwnsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}

/// <summary>A database for one test: SQLite in a temp folder, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string dataPath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataPath = dataPath;
        PostgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string DataPath { get; }

    private string? PostgresName { get; }

    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable("BKN_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Create()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "bkn-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        if (!UsePostgres)
        {
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataPath, "bkn.db")};Default Timeout=30", dataPath, null);
        }

        var server = Environment.GetEnvironmentVariable("BKN_TEST_PG_CONNECTION")
            ?? "Host=127.0.0.1;Username=bkn;Password=bkn;Database=postgres";
        var name = "bkn_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, dataPath, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = Environment.GetEnvironmentVariable("BKN_TEST_PG_CONNECTION") ?? "Host=127.0.0.1;Username=bkn;Password=bkn;Database=postgres";
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)";

            // FORCE cannot end a server process of another role, e.g. an autovacuum worker that just started on this
            // fresh database (42501); it is gone a moment later. A database left behind is not a test failure.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await command.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
                {
                    if (attempt == 10)
                    {
                        break;
                    }

                    await Task.Delay(300);
                }
            }
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temp folder is cleaned by the OS.
        }
    }
}
