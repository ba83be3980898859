using Bkn.Cms.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>
/// A real host on its own set-up database: a temporary SQLite file, or a PostgreSQL database when
/// BKN_TEST_DB=postgres (tests/run.sh sets it and BKN_TEST_PG_CONNECTION). Several factories may share one
/// database to act as several nodes.
/// A host whose settings and services cannot change what setup stores starts from a copy of a database the setup
/// recipe already ran on (<see cref="SetupTemplate"/>), which saves the setup's ~15 s per host; any other host
/// (custom services such as a fake clock, a setup recipe or index path of its own, or a database passed in) runs
/// the setup recipe itself.
/// </summary>
public sealed class CmsFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Uji-Admin-2026!";
    public const string HelpdeskPassword = "Uji-Helpdesk-2026!";
    public const string PktPassword = "Uji-Pkt-2026!x";

    /// <summary>Settings that change how a running host behaves but not what the setup recipe stores.</summary>
    private static readonly string[] SetupNeutralSettings =
    [
        "RateLimits:", "State:PollInterval", "Logging:", "Proxy:", "OutputCache:", "Media:MaxUploadMegabytes", "App:BaseUrl",
        "Redis:Configuration", "Sapk:Pull:",
    ];

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="database">A database to share with other factories (nodes); it is used as it is.</param>
    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="services">Service replacements (a fake clock…); such a host runs setup itself.</param>
    /// <param name="setUpFromCopy">Overrides the choice between a copy of the set-up database and a setup of its own,
    /// for services that cannot change what setup stores (a startup filter, a log sink).</param>
    public CmsFactory(
        TestDatabase? database = null,
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        bool? setUpFromCopy = null)
    {
        _services = services;
        SetSamplePasswords();
        var fromCopy = database is null
            && (setUpFromCopy ?? (services is null && (settings ?? []).Keys.All(k => SetupNeutralSettings.Any(k.StartsWith))));
        Database = database ?? (fromCopy ? SetupTemplate.CopyDatabase() : TestDatabase.Create());
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

    }

    /// <summary>The sample accounts' passwords, read by the setup recipe; the same for every host and the template.</summary>
    internal static void SetSamplePasswords()
    {
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", AdminPassword);
        Environment.SetEnvironmentVariable("BKN_HELPDESK_PASSWORD", HelpdeskPassword);
        Environment.SetEnvironmentVariable("BKN_PKT_PASSWORD", PktPassword);
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
    internal TestDatabase(DatabaseProvider provider, string connectionString, string dataPath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataPath = dataPath;
        PostgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string DataPath { get; }

    internal string? PostgresName { get; }

    internal static string PostgresServer =>
        Environment.GetEnvironmentVariable("BKN_TEST_PG_CONNECTION") ?? "Host=127.0.0.1;Username=bkn;Password=bkn;Database=postgres";

    internal static string NewDataPath()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "bkn-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        return dataPath;
    }

    internal static string SqliteConnectionString(string dataPath) => $"Data Source={Path.Combine(dataPath, "bkn.db")};Default Timeout=30";

    internal static string NewPostgresName() => "bkn_test_" + Guid.NewGuid().ToString("N")[..16];

    internal static string PostgresConnectionString(string name) => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;

    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable("BKN_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>An empty database: the first host on it migrates and runs the setup recipe.</summary>
    public static TestDatabase Create()
    {
        var dataPath = NewDataPath();
        if (!UsePostgres)
        {
            return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionString(dataPath), dataPath, null);
        }

        var name = NewPostgresName();
        using (var connection = new NpgsqlConnection(PostgresServer))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new TestDatabase(DatabaseProvider.Postgres, PostgresConnectionString(name), dataPath, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
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
