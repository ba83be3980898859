using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Microsoft.Playwright;

namespace Bkn.Cms.E2E.Infrastructure;

/// <summary>
/// The real site, started as a child process from the build output of src/Bkn.Cms.Web on a free loopback port
/// with a fresh data folder, and one headless Debian Chromium shared by the tests. Each test opens its own
/// browser context, so cookies and language never leak between journeys.
/// </summary>
/// <remarks>
/// The site always runs on SQLite, also when BKN_TEST_DB=postgres: the journeys test what a person sees,
/// which does not depend on the provider, and the PostgreSQL store is covered by Bkn.Cms.Tests.
/// </remarks>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "E2e-Admin-2026";
    public const string HelpdeskPassword = "E2e-Helpdesk-2026";

    // BKN_E2E_START_SECONDS lengthens the wait on a machine busy with other builds (the setup recipe then takes longer).
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("BKN_E2E_START_SECONDS"), out var seconds) && seconds > 0 ? seconds : 90);

    private readonly StringBuilder _output = new();
    private Process? _process;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "bkn-e2e-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    public async Task InitializeAsync()
    {
        // Generous for a loaded 2-core CI machine (tests/run.sh runs the suites side by side); a pass stays fast.
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(DataPath);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        StartSite(port);

        // The browser starts while the site migrates its database and runs the setup recipe.
        var browserTask = StartBrowserAsync();
        await WaitUntilHealthyAsync();
        await browserTask;
    }

    /// <summary>A new browser context (own cookies) whose relative URLs go to the site.</summary>
    public Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_process is not null)
        {
            StopSite();
            await _process.WaitForExitAsync();
            _process.Dispose();
            _process = null;
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the run.
        }
    }

    private void StartSite(int port)
    {
        var siteDll = SiteAssemblyPath();
        var start = new ProcessStartInfo(DotnetHost(), [siteDll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(siteDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var env = start.Environment;
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "BKN_DB_CONNECTION", "Database__ConnectionString", "Redis__Configuration" })
        {
            env.Remove(inherited);
        }

        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["App__DataPath"] = DataPath;
        env["Database__Provider"] = "Sqlite";
        env["BKN_ADMIN_PASSWORD"] = AdminPassword;
        env["BKN_HELPDESK_PASSWORD"] = HelpdeskPassword;
        env["Logging__LogLevel__Default"] = "Warning";

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        if (!_process.Start())
        {
            throw new InvalidOperationException($"Could not start {siteDll} on port {port}.");
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Should the test host be stopped without disposing the fixture, do not leave the site running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopSite();
    }

    private void StopSite()
    {
        try
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone or disposed.
        }
    }

    private async Task StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartDeadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {_process.ExitCode} before it was healthy.\n{Output()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still busy with migrations.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The site did not answer 200 on /health within {StartDeadline.TotalSeconds} s.\n{Output()}");
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Keep the start of the log: that is where a failed start says why.
            if (_output.Length < 64_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The dotnet host running these tests (set by the SDK), so the site runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>src/Bkn.Cms.Web/bin/{Configuration}/{TargetFramework}/Bkn.Cms.Web.dll of the repository these tests were built in.</summary>
    private static string SiteAssemblyPath()
    {
        var assembly = typeof(SiteFixture).Assembly;
        string Metadata(string key) => assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Bkn.Cms.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Bkn.Cms.sln above {AppContext.BaseDirectory}.");
        }

        var dll = Path.Combine(root.FullName, "src", "Bkn.Cms.Web", "bin", Metadata("Configuration"), Metadata("TargetFramework"), "Bkn.Cms.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Bkn.Cms.Web first (the test project references it).", dll);
    }
}
