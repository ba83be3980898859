using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Bkn.Cms.Tests.Templates;

/// <summary>
/// The module template (templates/bkn-module) does what the README's "Writing a module" promises: installed with
/// <c>dotnet new install</c> and run in a copy of the solution, it yields a module that builds with the host and the
/// tests, is found by the host without an edit, migrates its own table, runs its sample recipe, serves its public page
/// with a navigation entry, and offers its workflow task. One build of the copy (a few minutes), so SQLite pass only.
/// </summary>
public sealed partial class ModuleTemplateTests
{
    private const string ModuleName = "UjiTemplat";
    private const string Lower = "ujitemplat";
    private const string AdminPassword = "Uji-Templat-2026!";

    private static readonly string[] NotCopied = ["bin", "obj", ".git", ".vs", "node_modules", "TestResults", "App_Data", "BenchmarkDotNet.Artifacts"];

    [SqliteFact]
    public async Task A_module_generated_from_the_template_builds_and_the_site_serves_its_page_table_and_task()
    {
        var work = Path.Combine(Path.GetTempPath(), "bkn-template-" + Guid.NewGuid().ToString("N")[..12]);
        var copy = Path.Combine(work, "repo");
        var data = Path.Combine(work, "data");
        try
        {
            var root = RepositoryRoot();
            Copy(root, copy);
            Directory.CreateDirectory(data);

            // The README's steps, with a private template hive so the machine's templates are left alone.
            var hive = Path.Combine(work, "hive");
            await RunAsync(copy, "dotnet", ["new", "install", Path.Combine(root, "templates", "bkn-module"), "--debug:custom-hive", hive], TimeSpan.FromMinutes(2));
            await RunAsync(copy, "dotnet", ["new", "bkn-module", "-n", ModuleName, "-o", $"modules/Bkn.Cms.{ModuleName}", "--debug:custom-hive", hive], TimeSpan.FromMinutes(2));
            await RunAsync(copy, "dotnet", ["sln", "Bkn.Cms.sln", "add", $"modules/Bkn.Cms.{ModuleName}/Bkn.Cms.{ModuleName}.csproj"], TimeSpan.FromMinutes(2));
            Assert.DoesNotContain("ModulContoh", string.Concat(Directory.EnumerateFiles(Path.Combine(copy, "modules", $"Bkn.Cms.{ModuleName}"), "*", SearchOption.AllDirectories).Select(f => f + File.ReadAllText(f))), StringComparison.OrdinalIgnoreCase);

            // One build: the host (which finds the module by its wildcard reference) and the tests (which compile the module's Tests/).
            await RunAsync(copy, "dotnet", ["build", "tests/Bkn.Cms.Tests", "-c", "Debug", "-v", "q", "-nologo", "-nodeReuse:false"], TimeSpan.FromMinutes(20));

            var web = Path.Combine(copy, "src", "Bkn.Cms.Web", "bin", "Debug", "net10.0");
            using var site = await SiteProcess.StartAsync(web, data, AdminPassword);
            using var client = new HttpClient { BaseAddress = site.Address };

            var page = await client.GetAsync($"/{Lower}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains($"{ModuleName} pertama", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/{Lower}/contoh-pertama\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/{Lower}\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{Lower}/contoh-pertama")).StatusCode);

            await using (var db = new SqliteConnection($"Data Source={Path.Combine(data, "bkn.db")};Mode=ReadOnly;Pooling=False"))
            {
                await db.OpenAsync();
                Assert.Equal(2L, await ScalarAsync(db, $"SELECT COUNT(*) FROM \"{ModuleName}Index\""));
                Assert.Equal(1L, await ScalarAsync(db, $"SELECT COUNT(*) FROM \"__EFMigrationsHistory_Bkn_Cms_{ModuleName}\""));
            }

            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = AdminPassword });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            // An activity the site does not know is refused, so the accepted save below proves the module's task is there.
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/workflows/types", CountingWorkflow($"Count{ModuleName}TaskX"))).StatusCode);
            var saved = await client.PostAsJsonAsync("/api/workflows/types", CountingWorkflow($"Count{ModuleName}Task"));
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            var signal = await client.PostAsJsonAsync("/api/workflows/signal", new { name = "uji-templat" });
            var run = JsonNode.Parse(await signal.Content.ReadAsStringAsync())!["instances"]!.AsArray();
            Assert.Equal("Finished", Assert.Single(run)!["status"]!.GetValue<string>());
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the stopping site; the temp folder is cleaned by the OS.
            }
        }
    }

    private static JsonObject CountingWorkflow(string taskName) => new()
    {
        ["workflowTypeId"] = "uji-templat",
        ["name"] = "Uji templat modul",
        ["isEnabled"] = true,
        ["activities"] = new JsonArray(
            new JsonObject { ["id"] = "a1", ["name"] = "SignalEvent", ["isStart"] = true, ["properties"] = new JsonObject { ["signalName"] = "uji-templat" } },
            new JsonObject { ["id"] = "a2", ["name"] = taskName, ["properties"] = new JsonObject() }),
        ["transitions"] = new JsonArray(new JsonObject { ["source"] = "a1", ["outcome"] = "Done", ["destination"] = "a2" }),
    };

    private static async Task<long> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Copies the repository's sources: no build output, no git data, no local databases.</summary>
    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from).Where(d => !NotCopied.Contains(Path.GetFileName(d), StringComparer.Ordinal)))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    private static async Task RunAsync(string workingDirectory, string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bkn.Cms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Bkn.Cms.sln not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>The built host of the copy, started as a process on a free port with its own SQLite database.</summary>
    private sealed partial class SiteProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private SiteProcess(Process process) => _process = process;

        public Uri Address { get; private set; } = null!;

        public static async Task<SiteProcess> StartAsync(string output, string dataPath, string adminPassword)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = output, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { Path.Combine(output, "Bkn.Cms.Web.dll"), "--urls", "http://127.0.0.1:0" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["App__DataPath"] = dataPath;
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(dataPath, "bkn.db")};Default Timeout=30";
            start.Environment["OutputCache__Enabled"] = "false";
            start.Environment["BKN_ADMIN_PASSWORD"] = adminPassword;
            start.Environment["BKN_HELPDESK_PASSWORD"] = adminPassword;
            var site = new SiteProcess(Process.Start(start)!);
            var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            void Read(string? line)
            {
                if (line is null)
                {
                    listening.TrySetException(new InvalidOperationException("The site stopped before listening:\n" + site.Log));
                    return;
                }

                lock (site._log)
                {
                    site._log.AppendLine(line);
                }

                if (ListeningRegex().Match(line) is { Success: true } match)
                {
                    listening.TrySetResult(new Uri(match.Groups[1].Value));
                }
            }

            site._process.OutputDataReceived += (_, e) => Read(e.Data);
            site._process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    Read(e.Data);
                }
            };
            site._process.BeginOutputReadLine();
            site._process.BeginErrorReadLine();
            try
            {
                site.Address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(5));
            }
            catch
            {
                site.Dispose();
                throw;
            }

            return site;
        }

        private string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
        private static partial Regex ListeningRegex();
    }
}
